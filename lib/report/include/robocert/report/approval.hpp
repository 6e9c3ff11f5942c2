#pragma once

// The life of a report, independent of how it is rendered (docs/reports.md, "Approval and
// integrity"): a run's report is a draft until an approver signs it with their password;
// approval freezes the content (its canonical JSON and that JSON's SHA-256, json.hpp) together
// with the lab database's audit chain head; an approved revision is never changed or regenerated,
// only amended by a new revision that names it (ISO/IEC 17025:2017 7.8.8). Every file handed out
// is recorded by the SHA-256 of its bytes, so a file can later be checked against the database.
//
// Every function throws ApprovalError for a broken rule (a message for a person, translated in
// context "robocert::report") and store::StoreError for a database that cannot be used (locked,
// read-only, full, ...).

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "robocert/report/document.hpp"
#include "robocert/store/signing.hpp"
#include "robocert/store/store.hpp"

namespace robocert::report {

class ApprovalError : public std::runtime_error {
 public:
  enum class Kind {
    NotFound,         // no such run or report number
    UnknownUser,      // no user with that login
    NoPassword,       // the user has no password yet (robocert user passwd)
    BadPassword,      // the password is not the user's
    NotAllowed,       // the user's role may not do this (only an approver approves)
    NotADraft,        // the revision is approved: it cannot be approved again or regenerated
    NotApproved,      // the latest revision is still a draft: it cannot be amended
    RunNotCompleted,  // the run ended otherwise (aborted, interrupted) or is still going
    AuditBroken,      // the database's audit trail does not verify
    Invalid,          // an argument that cannot be used (empty reason, content and hash differ)
  };
  ApprovalError(Kind kind, const std::string& message);  // message: one sentence for a person
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// The run's current draft: the existing one if its latest revision is a draft, else a new report
// (next number, revision 0). NotFound for an unknown run; NotADraft when the latest revision is
// approved ("an approved report cannot be regenerated in place; amend it"). actor: who, for the
// record and the audit trail.
store::ReportRecord createDraft(store::Store& store, std::int64_t runId, const std::string& actor);

// A new draft revision of an approved report: the same number, revision + 1, naming the revision
// it replaces and why. NotFound, NotApproved (the latest revision is a draft: finish that one),
// Invalid (empty reason).
store::ReportRecord createAmendment(store::Store& store, const std::string& reportNumber,
                                    const std::string& reason, const std::string& actor);

// Approves the latest revision of reportNumber as `login`, in this order of checks: the report
// exists (NotFound); the login exists (UnknownUser), has a password (NoPassword), the password is
// right (BadPassword) and the role is approver (NotAllowed) — each of these four refusals is
// audited as "approval refused" (never the password); the revision is a draft (NotADraft); its
// run is completed (RunNotCompleted); contentSha256 is the SHA-256 of contentJson (Invalid); the
// whole audit trail verifies (AuditBroken). Then the approver signs approvalMessage with their
// private key, opened by the password (store::Store::sign; an approver without a key gets one
// now), and content, hash, approver, time, the audit chain head and the signature are frozen in
// one audited write. Returns what the report prints (approvedBy is "Name (login)"). contentJson
// is toJson(doc, false) of the document approved (json.hpp).
Approval approve(store::Store& store, const std::string& reportNumber, const std::string& login,
                 const std::string& password, const std::string& contentJson,
                 const std::string& contentSha256);

// What an approved revision prints (as approve returned it); nullopt for a draft.
std::optional<Approval> approvalOf(const store::Store& store, const store::ReportRecord& record);

// Records a file of the latest revision of reportNumber handed out: format pdf|html|json,
// language en|zh|both (Invalid otherwise), the SHA-256 of bytes. A draft's file may be recorded
// (for review); verifyFile says it is a draft. Returns the issued-file id. NotFound.
std::int64_t recordIssuedFile(store::Store& store, const std::string& reportNumber,
                              const std::string& format, const std::string& language,
                              std::string_view bytes, const std::string& fileName,
                              const std::string& actor);

// The text an approval signature covers: the report, revision, content SHA-256, signer (login)
// and time of approval, one "name value" per line after a version line:
//   robocert-approval/1\nreport RC-2026-000012\nrevision 0\ncontent-sha256 <hex>\n
//   signer li\napproved-at 2026-12-04T15:24:01.123Z\n
std::string approvalMessage(const std::string& reportNumber, int revision,
                            const std::string& contentSha256, const std::string& signer,
                            const std::string& approvedAt);

// What a report file says about itself. The PDF carries it in its XMP metadata
// (<robocert:ContentSHA256> ...), the HTML in <meta name="robocert:ContentSHA256" content=...>
// tags in its head, the JSON in itself (its content hashes to it; "approval" holds the rest).
struct EmbeddedIdentity {
  bool approved = false;  // robocert:Status approved; a draft file says draft
  std::string reportNumber;
  int revision = 0;
  std::string contentSha256;
  // Approved files only:
  std::string signer, approvedAt, signerFingerprint, signature;
};
// The identity a renderer embeds for doc. Throws std::invalid_argument when doc has no
// canonical JSON (a NaN, text that is not UTF-8).
EmbeddedIdentity embeddedIdentity(const Document& doc);
// The identity in a file's bytes; nullopt when it carries none (not a RoboCert report, or one
// written before the identity was embedded).
std::optional<EmbeddedIdentity> readEmbeddedIdentity(std::string_view bytes);

// Something verifyFile found about a file that the database did issue.
struct Finding {
  enum class Kind {
    Draft,             // the file is a draft, or its revision was never approved
    ContentTampered,   // the stored content no longer hashes to the hash recorded at approval
    AuditBroken,       // the audit trail does not verify (message names the table and row)
    AuditHeadChanged,  // the audit entry recorded at approval is gone or different
    ContentDiffers,    // re-assembled content differs from the frozen one (added by the caller
                       // that re-assembles, see assemble.hpp)
    IdentityDiffers,   // what the file says (identity, content SHA-256, signature) is not what
                       // the database approved, or the file says nothing
    SignatureInvalid,  // the signature does not verify with the signer's key
    KeyNotPublished,   // the signing key is not among the published keys given
    Unsigned,          // approved before approvals were signed, checked against published keys
    Superseded,        // a later revision is approved: informational, the file is genuine
    Note,              // informational: how far the check goes (e.g. keys from the database)
  };
  Kind kind = Kind::Draft;
  std::string message;  // one sentence for a person, translated
  bool informational() const { return kind == Kind::Superseded || kind == Kind::Note; }
};

struct FileCheck {
  std::string sha256;                         // hex, of the bytes checked
  std::optional<store::IssuedFile> file;      // nullopt: not issued by this lab database
  std::optional<store::ReportRecord> report;  // the revision the file is of
  std::optional<EmbeddedIdentity> embedded;   // what the file says about itself
  std::vector<Finding> findings;
  // Not found: "this file was not issued by this lab database"; found: which report, revision,
  // format and language, when and by whom it was issued.
  std::string message;
  // What was checked, for a person to compare with the printed certificate: the content
  // SHA-256, the audit chain head recorded at approval ("#id hash") and the signature ("by
  // LOGIN with key FINGERPRINT, checked against ..."); empty when not checked.
  std::string contentSha256, auditHead, signatureChecked;
  bool found() const { return file.has_value(); }
  // Found, and nothing but informational findings: the file is what this lab issued and approved.
  bool ok() const;
};

// Where verifyFile takes the signers' public keys from.
struct VerifyOptions {
  // The lab's published keys (robocert user key export), read by store::readPublicKeys. Given,
  // the signature is checked against them only: someone who can write the database can replace
  // the keys in it, not the keys the lab published. nullopt: the database's copies, and a note
  // says so.
  std::optional<std::vector<store::PublicKey>> publishedKeys;
  std::string publishedKeysName;  // the file they came from, for messages
};

// Looks the bytes up among the issued files and checks the revision they belong to: the file
// itself is an approved certificate (not a draft) whose embedded identity and content SHA-256
// are the ones approved; the revision is approved, its stored content still hashing to the
// recorded hash, the audit trail intact, the audit entry recorded at approval unchanged; the
// approver's signature verifies with their public key (VerifyOptions); and whether a newer
// revision replaces it. Read-only.
FileCheck verifyFile(const store::Store& store, std::string_view bytes,
                     const VerifyOptions& options = {});

// Lower-case hex SHA-256 of bytes.
std::string sha256Hex(std::string_view bytes);

}  // namespace robocert::report
