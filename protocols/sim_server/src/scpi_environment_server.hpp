#pragma once

// The simulated environment sensor (air temperature, relative humidity, pressure) speaking SCPI
// over TCP: LF-terminated program messages, case-insensitive headers in short or long form
// (MEAS:TEMP? = MEASure:TEMPerature? = meas:temperature?), units separated by ';' with their
// responses joined by ';' on one line, and the IEEE 488.2 error queue.
//
//   *IDN?                      RoboCert,SimEnv-1,SIM-<seed>,<version>
//   *CLS  *RST  *OPC  *OPC?    clear the error queue; nothing to reset; "1"
//   MEASure:TEMPerature?       °C       (decimals to the resolution: 3 by default)
//   MEASure:HUMidity?          % RH     (2)
//   MEASure:PRESsure?          hPa      (2)
//   SYSTem:ERRor[:NEXT]?       oldest error: 0,"No error" | -113,"Undefined header" | ...
// Errors: -113 "Undefined header" (unknown header; no response), -108 "Parameter not allowed",
// -363 "Input buffer overrun" (line over 1024 bytes), -350 "Queue overflow" (more than 16
// errors waiting). One error queue for the instrument, shared by every connection.

#include <deque>
#include <memory>
#include <string>

#include "fault_control.hpp"
#include "line_session.hpp"
#include "sim_model.hpp"

namespace robocert::sim_server {

class ScpiSession;

class ScpiEnvironmentServer : public std::enable_shared_from_this<ScpiEnvironmentServer> {
 public:
  ScpiEnvironmentServer(std::shared_ptr<SimModel> model, std::shared_ptr<FaultControl> faults,
                        bool answersIdn);

  void serve(ByteStream stream);
  void dropConnections();
  void close();

  // One line of program message units; returns the response line ("" for none).
  std::string execute(std::string_view line);
  void pushError(int code, std::string_view message);

 private:
  std::string unit(std::string_view text, bool& responded);

  std::shared_ptr<SimModel> model_;
  std::shared_ptr<FaultControl> faults_;
  bool answersIdn_;
  SessionSet<ScpiSession> sessions_;
  std::deque<std::string> errors_;  // formatted: -113,"Undefined header"
};

}  // namespace robocert::sim_server
