// The connection file a Jupyter client writes before it starts the kernel: where the
// five channels listen, and the key that signs every message.
import { readFileSync } from 'node:fs';

export interface ConnectionInfo {
  transport: 'tcp' | 'ipc';
  ip: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  key: string;
  signature_scheme: string;
  /** The kernelspec's name, which jupyter_client writes in; it names the history file. */
  kernel_name: string;
}

export type ChannelName = 'shell' | 'iopub' | 'stdin' | 'control' | 'hb';

/** A connection file that cannot be read or does not say what the kernel needs. */
export class ConnectionFileError extends Error {}

export function readConnectionFile(path: string): ConnectionInfo {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConnectionFileError(`cannot read connection file ${path}: ${(error as Error).message}`);
  }
  const info = parsed as Partial<ConnectionInfo>;
  const transport = info.transport ?? 'tcp';
  if (transport !== 'tcp' && transport !== 'ipc') throw new ConnectionFileError(`${path}: unknown transport ${JSON.stringify(transport)}`);
  for (const field of ['shell_port', 'iopub_port', 'stdin_port', 'control_port', 'hb_port'] as const) {
    if (!Number.isInteger(info[field])) throw new ConnectionFileError(`${path}: ${field} is missing or not a port number`);
  }
  return {
    transport,
    ip: info.ip ?? '127.0.0.1',
    shell_port: info.shell_port!,
    iopub_port: info.iopub_port!,
    stdin_port: info.stdin_port!,
    control_port: info.control_port!,
    hb_port: info.hb_port!,
    key: info.key ?? '',
    signature_scheme: info.signature_scheme ?? 'hmac-sha256',
    kernel_name: info.kernel_name || 'pyvm',
  };
}

/** The ZeroMQ address of a channel, as jupyter_client spells it (ipc: a file path ending in -PORT). */
export function channelAddress(info: ConnectionInfo, channel: ChannelName): string {
  const port = info[`${channel}_port`];
  return info.transport === 'tcp' ? `tcp://${info.ip}:${port}` : `ipc://${info.ip}-${port}`;
}
