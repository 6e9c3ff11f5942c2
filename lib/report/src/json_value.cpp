#include "json_value.hpp"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <system_error>

namespace robocert::report::detail {

namespace {

[[noreturn]] void fail(std::size_t at, const QString& message) {
  throw JsonSyntaxError(at, message.toStdString());
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Length of the well-formed UTF-8 sequence at s[i], 0 when it is not one.
std::size_t utf8Length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t left = s.size() - i;
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  const auto cont = [&](std::size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

void writeString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void writeValue(std::string& out, const JsonValue& v) {
  switch (v.kind) {
    case JsonValue::Kind::Null:
      out += "null";
      return;
    case JsonValue::Kind::Bool:
      out += v.boolean ? "true" : "false";
      return;
    case JsonValue::Kind::Number:
      out += v.text;
      return;
    case JsonValue::Kind::String:
      writeString(out, v.text);
      return;
    case JsonValue::Kind::Array: {
      out += '[';
      bool first = true;
      for (const JsonValue& item : v.items) {
        if (!first) out += ',';
        first = false;
        writeValue(out, item);
      }
      out += ']';
      return;
    }
    case JsonValue::Kind::Object: {
      std::vector<const std::pair<std::string, JsonValue>*> sorted;
      for (const auto& m : v.members) sorted.push_back(&m);
      std::sort(sorted.begin(), sorted.end(),
                [](const auto* a, const auto* b) { return a->first < b->first; });
      out += '{';
      bool first = true;
      for (const auto* m : sorted) {
        if (!first) out += ',';
        first = false;
        writeString(out, m->first);
        out += ':';
        writeValue(out, m->second);
      }
      out += '}';
      return;
    }
  }
}

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  JsonValue document() {
    space();
    JsonValue v = value(0);
    space();
    if (i_ != s_.size())
      fail(i_, QCoreApplication::translate("robocert::report", "text after the JSON value"));
    return v;
  }

 private:
  static constexpr int kMaxDepth = 64;

  bool at(char c) const { return i_ < s_.size() && s_[i_] == c; }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      ++i_;
  }
  void expect(char c) {
    if (!at(c)) {
      if (i_ >= s_.size())
        fail(i_, QCoreApplication::translate("robocert::report",
                                             "unexpected end of the text, expected '%1'")
                     .arg(c));
      fail(i_, QCoreApplication::translate("robocert::report", "expected '%1'").arg(c));
    }
    ++i_;
  }
  void literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word)
      fail(i_, QCoreApplication::translate("robocert::report", "not a JSON value"));
    i_ += word.size();
  }

  JsonValue value(int depth) {
    if (depth > kMaxDepth)
      fail(i_, QCoreApplication::translate("robocert::report", "nested more than %1 levels deep")
                   .arg(kMaxDepth));
    if (i_ >= s_.size())
      fail(i_, QCoreApplication::translate("robocert::report",
                                           "unexpected end of the text, expected a value"));
    JsonValue v;
    v.offset = i_;
    switch (s_[i_]) {
      case '{':
        v.kind = JsonValue::Kind::Object;
        ++i_;
        space();
        if (at('}')) {
          ++i_;
          return v;
        }
        for (;;) {
          space();
          if (!at('"'))
            fail(i_, QCoreApplication::translate("robocert::report",
                                                 "expected a member name in double quotes"));
          std::string key = string();
          space();
          expect(':');
          space();
          JsonValue member = value(depth + 1);
          v.members.emplace_back(std::move(key), std::move(member));
          space();
          if (at(',')) {
            ++i_;
            continue;
          }
          expect('}');
          return v;
        }
      case '[':
        v.kind = JsonValue::Kind::Array;
        ++i_;
        space();
        if (at(']')) {
          ++i_;
          return v;
        }
        for (;;) {
          space();
          v.items.push_back(value(depth + 1));
          space();
          if (at(',')) {
            ++i_;
            continue;
          }
          expect(']');
          return v;
        }
      case '"':
        v.kind = JsonValue::Kind::String;
        v.text = string();
        return v;
      case 't':
        literal("true");
        v.kind = JsonValue::Kind::Bool;
        v.boolean = true;
        return v;
      case 'f':
        literal("false");
        v.kind = JsonValue::Kind::Bool;
        return v;
      case 'n':
        literal("null");
        return v;
      default:
        v.kind = JsonValue::Kind::Number;
        v.text = number();
        return v;
    }
  }

  // RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  std::string number() {
    const std::size_t start = i_;
    const auto digit = [&] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
    if (at('-')) ++i_;
    if (at('0')) {
      ++i_;
      if (digit())
        fail(start,
             QCoreApplication::translate("robocert::report", "a number must not start with 0"));
    } else if (digit()) {
      while (digit()) ++i_;
    } else {
      fail(start, QCoreApplication::translate("robocert::report", "not a JSON value"));
    }
    if (at('.')) {
      ++i_;
      if (!digit())
        fail(i_, QCoreApplication::translate("robocert::report",
                                             "expected a digit after the decimal point"));
      while (digit()) ++i_;
    }
    if (at('e') || at('E')) {
      ++i_;
      if (at('+') || at('-')) ++i_;
      if (!digit())
        fail(i_,
             QCoreApplication::translate("robocert::report", "expected a digit in the exponent"));
      while (digit()) ++i_;
    }
    return std::string(s_.substr(start, i_ - start));
  }

  unsigned hex4() {
    if (s_.size() - i_ < 4)
      fail(i_, QCoreApplication::translate("robocert::report",
                                           "expected four hexadecimal digits after \\u"));
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_ + static_cast<std::size_t>(k)];
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        v |= static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        v |= static_cast<unsigned>(c - 'A' + 10);
      } else {
        fail(i_, QCoreApplication::translate("robocert::report",
                                             "expected four hexadecimal digits after \\u"));
      }
    }
    i_ += 4;
    return v;
  }

  std::string string() {
    expect('"');
    std::string out;
    for (;;) {
      if (i_ >= s_.size())
        fail(i_, QCoreApplication::translate("robocert::report",
                                             "a string does not end (missing '\"')"));
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return out;
      }
      if (c < 0x20)
        fail(i_, QCoreApplication::translate("robocert::report",
                                             "a control character in a string must be escaped"));
      if (c == '\\') {
        const std::size_t escapeAt = i_;
        ++i_;
        if (i_ >= s_.size())
          fail(i_, QCoreApplication::translate("robocert::report",
                                               "a string does not end (missing '\"')"));
        const char e = s_[i_++];
        switch (e) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            char32_t cp = hex4();
            if (cp >= 0xDC00 && cp <= 0xDFFF)
              fail(escapeAt,
                   QCoreApplication::translate("robocert::report", "a lone low surrogate"));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              if (s_.substr(i_, 2) != "\\u")
                fail(escapeAt, QCoreApplication::translate("robocert::report",
                                                           "a high surrogate without its pair"));
              i_ += 2;
              const char32_t low = hex4();
              if (low < 0xDC00 || low > 0xDFFF)
                fail(escapeAt, QCoreApplication::translate("robocert::report",
                                                           "a high surrogate without its pair"));
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
          }
          default:
            fail(escapeAt, QCoreApplication::translate("robocert::report", "unknown escape \\%1")
                               .arg(QChar(e)));
        }
        continue;
      }
      const std::size_t n = utf8Length(s_, i_);
      if (n == 0)
        fail(i_, QCoreApplication::translate("robocert::report", "bytes that are not UTF-8"));
      out.append(s_.substr(i_, n));
      i_ += n;
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

JsonValue JsonValue::string(std::string s) {
  JsonValue v;
  v.kind = Kind::String;
  v.text = std::move(s);
  return v;
}

JsonValue JsonValue::number(double x) {
  if (!std::isfinite(x)) throw std::domain_error("not finite");
  std::array<char, 32> buffer{};
  const auto r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
  JsonValue v;
  v.kind = Kind::Number;
  v.text.assign(buffer.data(), r.ptr);
  return v;
}

JsonValue JsonValue::integer(std::int64_t x) {
  std::array<char, 24> buffer{};
  const auto r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
  JsonValue v;
  v.kind = Kind::Number;
  v.text.assign(buffer.data(), r.ptr);
  return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items) {
  JsonValue v;
  v.kind = Kind::Array;
  v.items = std::move(items);
  return v;
}

JsonValue JsonValue::object() {
  JsonValue v;
  v.kind = Kind::Object;
  return v;
}

JsonValue& JsonValue::set(std::string key, JsonValue value) {
  members.emplace_back(std::move(key), std::move(value));
  return *this;
}

std::string write(const JsonValue& value) {
  std::string out;
  writeValue(out, value);
  return out;
}

JsonValue parse(std::string_view text) { return Parser(text).document(); }

std::pair<std::size_t, std::size_t> lineColumn(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not continuation bytes
      ++column;
    }
  }
  return {line, column};
}

}  // namespace robocert::report::detail
