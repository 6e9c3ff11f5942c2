#include "robocert/transport/url.hpp"

#include <charconv>

namespace robocert::transport {
namespace {

struct SchemeName {
  std::string_view name;
  Scheme scheme;
};
constexpr SchemeName kSchemes[] = {{"tcp", Scheme::Tcp},
                                   {"serial", Scheme::Serial},
                                   {"modbus-tcp", Scheme::ModbusTcp},
                                   {"modbus-rtu", Scheme::ModbusRtu}};

UrlError err(std::size_t at, std::string message) { return UrlError{at, std::move(message)}; }

template <typename T>
bool parseNumber(std::string_view s, T& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

std::variant<Url, UrlError> parseSerialQuery(Url url, std::string_view query, std::size_t offset) {
  while (!query.empty()) {
    const std::size_t amp = std::min(query.find('&'), query.size());
    const std::string_view pair = query.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos)
      return err(offset, "parameter without '=': " + std::string(pair));
    const std::string_view key = pair.substr(0, eq);
    const std::string_view value = pair.substr(eq + 1);
    const std::size_t valueAt = offset + eq + 1;
    SerialSettings& s = url.serial;
    if (key == "baud") {
      if (!parseNumber(value, s.baud) || s.baud == 0)
        return err(valueAt, "baud must be a positive whole number");
    } else if (key == "parity") {
      if (value == "none")
        s.parity = Parity::None;
      else if (value == "even")
        s.parity = Parity::Even;
      else if (value == "odd")
        s.parity = Parity::Odd;
      else
        return err(valueAt, "parity must be none, even or odd");
    } else if (key == "data") {
      if (!parseNumber(value, s.dataBits) || s.dataBits < 5 || s.dataBits > 8) {
        return err(valueAt, "data bits must be 5, 6, 7 or 8");
      }
    } else if (key == "stop") {
      if (!parseNumber(value, s.stopBits) || (s.stopBits != 1 && s.stopBits != 2)) {
        return err(valueAt, "stop bits must be 1 or 2");
      }
    } else if (key == "flow") {
      if (value == "none")
        s.flow = FlowControl::None;
      else if (value == "hardware" || value == "rtscts")
        s.flow = FlowControl::Hardware;
      else if (value == "software" || value == "xonxoff")
        s.flow = FlowControl::Software;
      else
        return err(valueAt, "flow must be none, hardware or software");
    } else {
      return err(offset, "unknown serial parameter: " + std::string(key));
    }
    offset += amp + 1;
    query.remove_prefix(std::min(amp + 1, query.size()));
  }
  return url;
}

}  // namespace

std::variant<Url, UrlError> parseUrl(std::string_view text) {
  const std::size_t sep = text.find("://");
  if (sep == std::string_view::npos)
    return err(0, "missing scheme, e.g. tcp://host:port or serial:///dev/ttyUSB0");
  Url url;
  const std::string_view scheme = text.substr(0, sep);
  bool known = false;
  for (const auto& s : kSchemes) {
    if (s.name == scheme) {
      url.scheme = s.scheme;
      known = true;
    }
  }
  if (!known)
    return err(
        0, "unknown scheme " + std::string(scheme) + "; use tcp, serial, modbus-tcp or modbus-rtu");
  const std::size_t restAt = sep + 3;
  std::string_view rest = text.substr(restAt);

  if (url.isSerial()) {
    if (url.scheme == Scheme::ModbusRtu)
      url.serial = {19200, Parity::Even, 8, 1, FlowControl::None};
    const std::size_t q = std::min(rest.find('?'), rest.size());
    url.device = std::string(rest.substr(0, q));
    if (url.device.empty() || url.device.front() != '/') {
      return err(restAt, "a serial URL needs an absolute device path, e.g. serial:///dev/ttyUSB0");
    }
    if (q == rest.size()) return url;
    return parseSerialQuery(std::move(url), rest.substr(q + 1), restAt + q + 1);
  }

  if (rest.find_first_of("/?") != std::string_view::npos) {
    return err(restAt + rest.find_first_of("/?"), "a TCP URL has no path or parameters");
  }
  std::size_t colon = rest.rfind(':');
  std::string_view host = rest;
  if (!rest.empty() && rest.front() == '[') {  // [::1]:port
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos) return err(restAt, "unclosed [ in IPv6 address");
    host = rest.substr(1, close - 1);
    colon = close + 1 < rest.size() && rest[close + 1] == ':' ? close + 1 : std::string_view::npos;
  } else if (colon != std::string_view::npos) {
    host = rest.substr(0, colon);
  }
  if (host.empty()) return err(restAt, "missing host");
  url.host = std::string(host);
  if (colon == std::string_view::npos) {
    if (url.scheme != Scheme::ModbusTcp) return err(text.size(), "missing :port");
    url.port = 502;
    return url;
  }
  if (!parseNumber(rest.substr(colon + 1), url.port) || url.port == 0) {
    return err(restAt + colon + 1, "port must be a number from 1 to 65535");
  }
  return url;
}

std::string toString(const Url& url) {
  std::string scheme;
  for (const auto& s : kSchemes) {
    if (s.scheme == url.scheme) scheme = s.name;
  }
  if (!url.isSerial()) {
    const bool v6 = url.host.find(':') != std::string::npos;
    return scheme + "://" + (v6 ? "[" + url.host + "]" : url.host) + ":" + std::to_string(url.port);
  }
  const SerialSettings& s = url.serial;
  const char* parity = s.parity == Parity::None   ? "none"
                       : s.parity == Parity::Even ? "even"
                                                  : "odd";
  const char* flow = s.flow == FlowControl::None       ? "none"
                     : s.flow == FlowControl::Hardware ? "hardware"
                                                       : "software";
  return scheme + "://" + url.device + "?baud=" + std::to_string(s.baud) + "&parity=" + parity +
         "&data=" + std::to_string(s.dataBits) + "&stop=" + std::to_string(s.stopBits) +
         "&flow=" + flow;
}

}  // namespace robocert::transport
