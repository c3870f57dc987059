// Comms on the real kernel, both ways: the front end opens a comm to a target the cell
// registered (get_ipython().kernel.comm_manager, as widget libraries do) and talks to
// it; a cell opens one with comm.create_comm and sends data and binary buffers;
// comm_info lists the open comms. Messages shaped as ipykernel shapes them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeMessage, type JsonObject } from '../../kernel/wireMessage';
import { KernelClient, ofType } from './kernelClient';

describe('pyvm kernel comms', () => {
  let kernel: KernelClient;
  /** Sends a comm message from the front end; returns its iopub messages between busy and idle. */
  const sendComm = async (type: string, content: JsonObject, buffers: Buffer[] = []) => {
    const message = { ...kernel.message(type, content), buffers };
    await kernel.sendFrames('shell', encodeMessage(message, kernel.signer));
    const iopub = await kernel.iopubUntilIdle(message.header.msg_id);
    return iopub.filter((m) => m.header.msg_type !== 'status');
  };

  beforeAll(async () => {
    kernel = await KernelClient.start();
  });
  afterAll(async () => {
    await kernel.close();
  });

  it('opens a comm from the front end to a registered target, which answers and closes', async () => {
    const setup = await kernel.execute([
      'received = []',
      'def echo_target(comm, open_msg):',
      '    received.append(open_msg["content"]["data"])',
      '    @comm.on_msg',
      '    def _(msg):',
      '        received.append((msg["content"]["data"], [bytes(b) for b in msg["buffers"]]))',
      '        comm.send({"echo": msg["content"]["data"]}, buffers=[b"back"])',
      '    comm.on_close(lambda msg: received.append("closed"))',
      'get_ipython().kernel.comm_manager.register_target("echo", echo_target)',
    ].join('\n'));
    expect(setup.reply.content.status).toBe('ok');
    const commId = randomUUID();
    expect(await sendComm('comm_open', { comm_id: commId, target_name: 'echo', data: { hello: 1 } })).toEqual([]);
    expect(await kernel.ask('comm_info_request', { target_name: 'echo' })).toEqual({ status: 'ok', comms: { [commId]: { target_name: 'echo' } } });

    const answer = await sendComm('comm_msg', { comm_id: commId, data: { n: 2 } }, [Buffer.from('xyz')]);
    expect(answer.map((m) => m.header.msg_type)).toEqual(['comm_msg']);
    expect(answer[0].content).toEqual({ comm_id: commId, data: { echo: { n: 2 } } });
    expect(answer[0].buffers.map((buffer) => buffer.toString())).toEqual(['back']);

    expect(await sendComm('comm_close', { comm_id: commId, data: {} })).toEqual([]);
    expect(await kernel.ask('comm_info_request', {})).toEqual({ status: 'ok', comms: {} });
    const { iopub } = await kernel.execute('received');
    expect(ofType(iopub, 'execute_result')[0].content.data).toEqual({ 'text/plain': "[{'hello': 1}, ({'n': 2}, [b'xyz']), 'closed']" });
  });

  it('closes at once a comm opened to a target nobody registered', async () => {
    const commId = randomUUID();
    const messages = await sendComm('comm_open', { comm_id: commId, target_name: 'nobody', data: {} });
    expect(ofType(messages, 'comm_close').map((m) => m.content)).toEqual([{ comm_id: commId, data: {} }]);
    expect(await kernel.ask('comm_info_request', {})).toEqual({ status: 'ok', comms: {} });
  });

  it('opens a comm from a cell with create_comm, sends data and buffers, hears back, closes', async () => {
    const { reply, iopub } = await kernel.execute([
      'from comm import create_comm',
      'heard = []',
      'c = create_comm(target_name="jupyter.widget", data={"state": 1}, metadata={"version": "2.1.0"})',
      'c.on_msg(lambda msg: heard.append(msg["content"]["data"]))',
      'c.send({"value": 42}, buffers=[b"\\x00\\x01"])',
    ].join('\n'));
    expect(reply.content.status).toBe('ok');
    const [opened, sent] = iopub.filter((m) => m.header.msg_type.startsWith('comm_'));
    const commId = opened.content.comm_id as string;
    expect(opened.header.msg_type).toBe('comm_open');
    expect(opened.content).toEqual({ comm_id: commId, target_name: 'jupyter.widget', target_module: null, data: { state: 1 } });
    expect(opened.metadata).toEqual({ version: '2.1.0' });
    expect(sent.header.msg_type).toBe('comm_msg');
    expect(sent.content).toEqual({ comm_id: commId, data: { value: 42 } });
    expect([...sent.buffers[0]]).toEqual([0, 1]);
    expect(await kernel.ask('comm_info_request', {})).toEqual({ status: 'ok', comms: { [commId]: { target_name: 'jupyter.widget' } } });

    await sendComm('comm_msg', { comm_id: commId, data: { clicked: true } });
    const closing = await kernel.execute('c.close()\nheard');
    expect(ofType(closing.iopub, 'comm_close').map((m) => m.content)).toEqual([{ comm_id: commId, data: {} }]);
    expect(ofType(closing.iopub, 'execute_result')[0].content.data).toEqual({ 'text/plain': "[{'clicked': True}]" });
    expect(await kernel.ask('comm_info_request', {})).toEqual({ status: 'ok', comms: {} });
  });
});
