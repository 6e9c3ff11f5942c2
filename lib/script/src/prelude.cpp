#include "prelude.hpp"

namespace robocert::script {

namespace {

// Kept in strict mode and free of property look-ups on the bridge other than its own methods,
// so nothing a script does (replacing a prototype's method, defining a getter on
// Object.prototype) can get the bridge passed to it.
constexpr char kPrelude[] = R"js((function (bridge, roles, params, poses, global) {
  'use strict';

  // The ECMAScript global names (ECMA-262 section 19) a script keeps; anything else an engine
  // adds (Qt, print, console, gc, XMLHttpRequest, URL ...) goes. SharedArrayBuffer and Atomics
  // go too: a script has no other thread to share memory with or wait for.
  var ecmascript = [
    'globalThis', 'Infinity', 'NaN', 'undefined', 'eval', 'isFinite', 'isNaN', 'parseFloat',
    'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape',
    'unescape', 'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array',
    'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry',
    'Float32Array', 'Float64Array', 'Function', 'Int8Array', 'Int16Array', 'Int32Array', 'Map',
    'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'RegExp', 'Set',
    'String', 'Symbol', 'SyntaxError', 'TypeError', 'Uint8Array', 'Uint8ClampedArray',
    'Uint16Array', 'Uint32Array', 'URIError', 'WeakMap', 'WeakRef', 'WeakSet', 'JSON', 'Math',
    'Reflect'
  ];
  Object.getOwnPropertyNames(global).forEach(function (name) {
    if (ecmascript.indexOf(name) < 0) delete global[name];  // strict: throws if it cannot go
  });

  var freeze = Object.freeze, define = Object.defineProperty, keys = Object.keys;
  var create = Object.create;
  var isArray = Array.isArray, stringify = JSON.stringify, ErrorType = Error;
  var ProxyType = Proxy, StringType = String, toTag = Object.prototype.toString;

  // A frozen view whose writes fail with a TypeError that names it. The handler has no
  // prototype, so traps a script adds to Object.prototype are not picked up.
  function readOnly(target, what) {
    function refuse() { bridge.refuseWrite(what); return false; }
    var handler = create(null);
    handler.set = handler.defineProperty = handler.deleteProperty = refuse;
    handler.setPrototypeOf = refuse;
    return new ProxyType(freeze(target), handler);
  }
  function entry(object, name, value) {
    define(object, name, { value: value, enumerable: true });
  }

  var paramsView = {};
  keys(params).forEach(function (name) {
    var v = params[name];
    entry(paramsView, name, isArray(v) ? readOnly(v, 'params.' + name) : v);
  });
  var posesView = {};
  keys(poses).forEach(function (name) {
    entry(posesView, name, readOnly(poses[name], 'poses.' + name));
  });

  var station = {};
  roles.forEach(function (role) {
    var name = role.name, device = {};
    if (role.capability === 'manipulator') {
      entry(device, 'moveL', function moveL(pose, speed) { bridge.move(name, pose, true, speed); });
      entry(device, 'moveJ', function moveJ(pose, speed) { bridge.move(name, pose, false, speed); });
      entry(device, 'pose', function pose() { return bridge.commandedPose(name); });
    } else if (role.capability === 'pose_sensor') {
      entry(device, 'measure', function measure() { return bridge.measure(name); });
    } else if (role.capability === 'scalar_sensor') {
      entry(device, 'read', function read() { return bridge.read(name); });
    } else if (role.capability === 'actuator') {
      entry(device, 'apply', function apply(value, unit) { bridge.apply(name, value, unit); });
    }
    entry(station, name, readOnly(device, 'station.' + name));
  });

  // log() shows strings as they are, objects and arrays as JSON, anything else as String(v).
  function text(v) {
    if (typeof v === 'string') return v;
    try {
      if (v !== null && typeof v === 'object' && !(v instanceof ErrorType)) {
        var json = stringify(v);
        if (json !== undefined) return json;
      }
      return StringType(v);
    } catch (e) {
      return toTag.call(v);
    }
  }

  var api = {
    station: readOnly(station, 'station'),
    params: readOnly(paramsView, 'params'),
    poses: readOnly(posesView, 'poses'),
    measure: function measure(role) { return bridge.measure(role); },
    record: function record(name, value, unit) { bridge.record(name, value, unit); },
    prompt: function prompt(message) { return bridge.prompt(text(message)); },
    sleep: function sleep(ms) { bridge.sleep(ms); },
    log: function log() {
      var parts = [];
      for (var i = 0; i < arguments.length; ++i) parts[i] = text(arguments[i]);
      bridge.log(parts.join(' '));
    }
  };
  keys(api).forEach(function (name) {
    var value = api[name];
    if (typeof value === 'function') freeze(value);
    define(global, name, {
      get: function () { return value; },
      set: function () { bridge.refuseWrite(name); },
      enumerable: true
    });
  });
}))js";

}  // namespace

QString preludeSource() { return QString::fromUtf8(kPrelude); }

}  // namespace robocert::script
