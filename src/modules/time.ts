// The time module: clocks, sleep, and broken-down time (struct_time, localtime,
// gmtime, mktime, strftime) in the local timezone the process has (TZ).
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { PyFloat } from '../objects/float';
import { PyTuple, newTuple } from '../objects/tuple';
import { typeOf } from '../objects/typeOf';
import { bindArguments, checkArgCount, type NativeFunction, type PyBuiltinFunction } from '../objects/native';
import { newException, OverflowError, typeError, ValueError } from '../objects/exceptions';
import { call, getAttr, indexAsNumber, iterableToArray } from '../objects/protocols';
import { runtimeHooks } from '../vm/hooks';
import { intValue } from '../objects/int';
import { pyInt } from '../ast/constant';
import { structSeqType, newStructSeq } from '../objects/structSeq';
import { newNamespace } from '../objects/namespace';
import { takeDirectCall } from '../vm/threadState';
import { blockThread } from '../vm/threads';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { atProcessStart } from '../objects/processStart';

export const timeModule = newModule('time', 'This module provides various functions to manipulate time values.');
let timezoneAttributesSet = false;
registerBuiltinModule('time', () => {
  setTimezoneAttributes();
  timezoneAttributesSet = true;
  return timeModule;
});
const define = (name: string, fn: NativeFunction): void => {
  defineFunction(timeModule, name, fn);
};

let epochOffsetNs = 0n;
// The clock and the timezone are the process's (a process resumed from a start-up snapshot has its own).
atProcessStart(() => {
  epochOffsetNs = BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint();
  if (timezoneAttributesSet) setTimezoneAttributes();
});

function nowNs(): bigint {
  return process.hrtime.bigint() + epochOffsetNs;
}

function seconds(ns: bigint): PyFloat {
  return new PyFloat(Number(ns) / 1e9);
}

function noArguments(name: string): (args: Py[], kwnames: readonly string[] | null) => void {
  return (args, kwnames) => checkArgCount(name, args, kwnames, 0);
}

const clocks: [string, () => bigint][] = [
  ['time', nowNs],
  ['monotonic', () => process.hrtime.bigint()],
  ['perf_counter', () => process.hrtime.bigint()],
  ['process_time', () => BigInt(Math.round((process.cpuUsage().user + process.cpuUsage().system) * 1000))],
  ['thread_time', () => BigInt(Math.round((process.cpuUsage().user + process.cpuUsage().system) * 1000))],
];
for (const [name, clock] of clocks) {
  const check = noArguments(name);
  define(name, (args, kwnames) => {
    check(args, kwnames);
    return seconds(clock());
  });
  const checkNs = noArguments(`${name}_ns`);
  define(`${name}_ns`, (args, kwnames) => {
    checkNs(args, kwnames);
    return pyInt(clock());
  });
}

// Sleeping gives up the GIL: the other threads run meanwhile; called by CALL itself, the thread parks.
const sleep: PyBuiltinFunction = defineFunction(timeModule, 'sleep', (args, kwnames) => {
  const direct = takeDirectCall() === sleep;
  checkArgCount('sleep', args, kwnames, 1);
  const value = args[0];
  const secs = value instanceof PyFloat ? value.value : intValue(value);
  if (secs === undefined) throw typeError(`'${typeOf(value).name}' object cannot be interpreted as an integer`);
  const s = Number(secs);
  if (Number.isNaN(s)) throw newException(ValueError, 'Invalid value NaN (not a number)');
  if (s < 0) throw newException(ValueError, 'sleep length must be non-negative');
  const deadline = performance.now() + s * 1000;
  return blockThread({ reason: 'sleep', deadline, ready: () => performance.now() >= deadline, finish: () => null }, direct);
});

// ---------------------------------------------------------------- broken-down time

const structTimeType = structSeqType('time', 'struct_time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
]);
timeModule.dict.setStr('struct_time', structTimeType);

interface BrokenDown {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  yearday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

function dayOfYear(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

function brokenDownUtc(date: Date): BrokenDown {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return {
    year, month, day, hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(),
    weekday: (date.getUTCDay() + 6) % 7, yearday: dayOfYear(year, month, day), isdst: 0, zone: 'UTC', gmtoff: 0,
  };
}

function brokenDownLocal(date: Date): BrokenDown {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  const day = date.getDate();
  const offset = -date.getTimezoneOffset();
  const january = -new Date(year, 0, 1).getTimezoneOffset();
  const july = -new Date(year, 6, 1).getTimezoneOffset();
  const isdst = january !== july && offset === Math.max(january, july) ? 1 : 0;
  return {
    year, month, day, hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds(),
    weekday: (date.getDay() + 6) % 7, yearday: dayOfYear(year, month, day), isdst, zone: zoneName(date), gmtoff: offset * 60,
  };
}

function zoneName(date: Date): string {
  // Any zone at UTC's offset is named 'UTC' below; asking Intl (whose first use costs
  // milliseconds of start-up, and zipimport imports time at every start) is for the others.
  if (date.getTimezoneOffset() === 0) return 'UTC';
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
  const name = part?.value ?? 'UTC';
  return /^GMT[+-]/.test(name) ? name.replace(/^GMT/, '').replace(/:/, '') : name === 'GMT' ? 'UTC' : name;
}

function structTime(parts: BrokenDown): PyTuple {
  const tuple = newStructSeq(structTimeType, [
    parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.weekday, parts.yearday, parts.isdst,
  ]);
  extraFields.set(tuple, { zone: parts.zone, gmtoff: parts.gmtoff });
  return tuple;
}

const extraFields = new WeakMap<PyTuple, { zone: string; gmtoff: number }>();

function dateFromSeconds(value: Py | undefined): Date {
  if (value === undefined || value === null) return new Date();
  const secs = value instanceof PyFloat ? value.value : intValue(value);
  if (secs === undefined) throw typeError(`'${typeOf(value).name}' object cannot be interpreted as an integer`);
  const ms = Number(secs) * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw newException(OverflowError, 'timestamp out of range for platform time_t');
  return new Date(Math.floor(Number(secs)) * 1000);
}

define('gmtime', (args, kwnames) => {
  checkArgCount('gmtime', args, kwnames, 0, 1);
  return structTime(brokenDownUtc(dateFromSeconds(args[0])));
});
define('localtime', (args, kwnames) => {
  checkArgCount('localtime', args, kwnames, 0, 1);
  return structTime(brokenDownLocal(dateFromSeconds(args[0])));
});

function tupleFields(value: Py, name: string): number[] {
  if (!(value instanceof PyTuple)) throw typeError(`Tuple or struct_time argument required`);
  const items = iterableToArray(value);
  if (items.length !== 9) throw typeError(`${name}(): illegal time tuple argument`);
  return items.map((item) => indexAsNumber(item));
}

define('mktime', (args, kwnames) => {
  checkArgCount('mktime', args, kwnames, 1);
  const [year, month, day, hour, minute, second] = tupleFields(args[0], 'mktime');
  const date = new Date(year, month - 1, day, hour, minute, second);
  return new PyFloat(date.getTime() / 1000);
});

function fromTuple(value: Py | undefined, name: string): BrokenDown {
  if (value === undefined) return brokenDownLocal(new Date());
  const fields = tupleFields(value, name);
  const extra = value instanceof PyTuple ? extraFields.get(value) : undefined;
  return {
    year: fields[0], month: fields[1], day: fields[2], hour: fields[3], minute: fields[4], second: fields[5],
    weekday: fields[6], yearday: fields[7], isdst: fields[8],
    zone: extra?.zone ?? zoneName(new Date()), gmtoff: extra?.gmtoff ?? -new Date().getTimezoneOffset() * 60,
  };
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

/** strftime in the C locale, directive by directive as glibc formats them. */
export function strftime(format: string, t: BrokenDown): string {
  return format.replace(/%([-_0^#]?)([a-zA-Z%])/g, (whole, _flag: string, directive: string) => {
    const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    switch (directive) {
      case 'a': return DAYS[t.weekday].slice(0, 3);
      case 'A': return DAYS[t.weekday];
      case 'b': case 'h': return MONTHS[t.month - 1].slice(0, 3);
      case 'B': return MONTHS[t.month - 1];
      case 'c': return `${DAYS[t.weekday].slice(0, 3)} ${MONTHS[t.month - 1].slice(0, 3)} ${pad(t.day, 2, ' ')} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)} ${t.year}`;
      case 'C': return pad(Math.floor(t.year / 100));
      case 'd': return pad(t.day);
      case 'D': return `${pad(t.month)}/${pad(t.day)}/${pad(t.year % 100)}`;
      case 'e': return pad(t.day, 2, ' ');
      case 'F': return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
      case 'H': return pad(t.hour);
      case 'I': return pad(hour12);
      case 'j': return pad(t.yearday, 3);
      case 'k': return pad(t.hour, 2, ' ');
      case 'l': return pad(hour12, 2, ' ');
      case 'm': return pad(t.month);
      case 'M': return pad(t.minute);
      case 'n': return '\n';
      case 'p': return t.hour < 12 ? 'AM' : 'PM';
      case 'r': return `${pad(hour12)}:${pad(t.minute)}:${pad(t.second)} ${t.hour < 12 ? 'AM' : 'PM'}`;
      case 'R': return `${pad(t.hour)}:${pad(t.minute)}`;
      case 's': return String(Math.floor(new Date(t.year, t.month - 1, t.day, t.hour, t.minute, t.second).getTime() / 1000));
      case 'S': return pad(t.second);
      case 't': return '\t';
      case 'T': return `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
      case 'u': return String(t.weekday + 1);
      case 'w': return String((t.weekday + 1) % 7);
      case 'x': return `${pad(t.month)}/${pad(t.day)}/${pad(t.year % 100)}`;
      case 'X': return `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
      case 'y': return pad(t.year % 100);
      case 'Y': return String(t.year);
      case 'z': {
        const offset = Math.abs(t.gmtoff) / 60;
        return `${t.gmtoff < 0 ? '-' : '+'}${pad(Math.floor(offset / 60))}${pad(offset % 60)}`;
      }
      case 'Z': return t.zone;
      case 'U': return pad(Math.floor((t.yearday - 1 - ((t.weekday + 1) % 7) + 7) / 7));
      case 'W': return pad(Math.floor((t.yearday - 1 - t.weekday + 7) / 7));
      case '%': return '%';
      default: return whole;
    }
  });
}

define('strftime', (args, kwnames) => {
  checkArgCount('strftime', args, kwnames, 1, 2);
  const format = args[0];
  if (typeof format !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeOf(format).name}`);
  return strftime(format, fromTuple(args[1], 'strftime'));
});
define('asctime', (args, kwnames) => {
  checkArgCount('asctime', args, kwnames, 0, 1);
  return strftime('%a %b %e %H:%M:%S %Y', fromTuple(args[0], 'asctime'));
});
define('ctime', (args, kwnames) => {
  checkArgCount('ctime', args, kwnames, 0, 1);
  return strftime('%a %b %e %H:%M:%S %Y', brokenDownLocal(dateFromSeconds(args[0])));
});

/** timezone, altzone, daylight and tzname: computed on first import (the zone names cost tens of milliseconds). */
function setTimezoneAttributes(): void {
  const year = new Date().getFullYear();
  const januaryOffset = -new Date(year, 0, 1).getTimezoneOffset() * 60;
  const julyOffset = -new Date(year, 6, 1).getTimezoneOffset() * 60;
  timeModule.dict.setStr('timezone', -Math.min(januaryOffset, julyOffset));
  timeModule.dict.setStr('altzone', -Math.max(januaryOffset, julyOffset));
  timeModule.dict.setStr('daylight', januaryOffset !== julyOffset ? 1 : 0);
  timeModule.dict.setStr('tzname', newTuple([zoneName(new Date(year, 0, 1)), zoneName(new Date(year, 6, 1))]));
}

const CLOCK_INFO = { name: 'get_clock_info', names: ['name'], required: 1 };
define('get_clock_info', (args, kwnames) => {
  const [name] = bindArguments(CLOCK_INFO, args, kwnames);
  if (typeof name !== 'string' || !clocks.some(([n]) => n === name)) throw newException(ValueError, 'unknown clock');
  const monotonic = name !== 'time';
  return newNamespace({
    implementation: monotonic ? 'clock_gettime(CLOCK_MONOTONIC)' : 'clock_gettime(CLOCK_REALTIME)',
    monotonic,
    adjustable: !monotonic,
    resolution: new PyFloat(1e-9),
  });
});

// strptime is written in Python (_strptime.py), as in CPython.
define('strptime', (args, kwnames) => {
  const module = runtimeHooks.importName('_strptime', null, null, newTuple(['_strptime_time']), 0);
  return call(getAttr(module, '_strptime_time'), args, kwnames);
});
