#include "robocert/metrology/registration.hpp"

#include <Eigen/SVD>
#include <cmath>

namespace robocert::metrology {

std::variant<Registration, RegistrationError> registerRigid(std::span<const Eigen::Vector3d> from,
                                                            std::span<const Eigen::Vector3d> to) {
  if (from.size() != to.size())
    return RegistrationError{RegistrationError::Kind::SizeMismatch, from.size()};
  const auto n = static_cast<Eigen::Index>(from.size());
  if (n < 3) return RegistrationError{RegistrationError::Kind::TooFewPoints, from.size()};

  Eigen::Matrix3Xd src(3, n), dst(3, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    src.col(i) = from[static_cast<std::size_t>(i)];
    dst.col(i) = to[static_cast<std::size_t>(i)];
  }
  // The second singular value of the centred cloud measures its spread off the best-fit line;
  // relative to the first it tells whether a rotation about that line is determined at all.
  const Eigen::Matrix3Xd centred = src.colwise() - src.rowwise().mean();
  const Eigen::Vector3d sv = Eigen::JacobiSVD<Eigen::Matrix3Xd>(centred).singularValues();
  if (!(sv[1] > 1e-9 * sv[0]))
    return RegistrationError{RegistrationError::Kind::Degenerate, from.size()};

  Registration out;
  out.transform.matrix() = Eigen::umeyama(src, dst, false);
  double sumSq = 0.0;
  out.residualsMm.reserve(from.size());
  for (Eigen::Index i = 0; i < n; ++i) {
    const double r = (out.transform * src.col(i) - dst.col(i)).norm();
    out.residualsMm.push_back(r);
    sumSq += r * r;
  }
  out.rmsMm = std::sqrt(sumSq / static_cast<double>(n));
  return out;
}

}  // namespace robocert::metrology
