// The kernel's main thread: it speaks the Jupyter protocol on the five channels and
// hands Python work to the worker, one job at a time, in the order requests arrive.
// It never blocks, so the heartbeat, control and kernel_info are answered while a cell
// runs. Every request is wrapped in iopub `status` busy/idle, and everything a cell
// prints is published before its reply.
import { userInfo } from 'node:os';
import { v4 as uuid } from 'uuid';
import { KernelChannels, type RequestChannel } from './channels';
import type { ConnectionInfo } from './connectionFile';
import { History, historyFile } from './history';
import { kernelInfo } from './kernelInfo';
import { log } from './log';
import { PythonWorker } from './pythonWorker';
import { type StreamName, StreamPublisher } from './streamPublisher';
import {
  decodeMessage, encodeMessage, type JsonObject, type JupyterMessage, MessageSigner, PROTOCOL_VERSION, WireFormatError,
} from './wireMessage';
import type { CommJob, DirectoryChange, ExecuteJob, WorkerEvent, WorkerJob } from './workerMessages';
import type { JsonValue } from '../src/runtime/jsonValues';

/** A request on its way through the kernel: where it came from, and the job it became. */
interface PendingRequest {
  channel: RequestChannel;
  message: JupyterMessage;
  job: WorkerJob;
  /** A cell's result as text, for the history. */
  output?: string;
}

export class Kernel {
  private readonly session = uuid();
  private readonly username = userInfo().username;
  private readonly signer: MessageSigner;
  private readonly worker: PythonWorker;
  private readonly history: History;
  private readonly streams = new StreamPublisher((name, text, origin) => this.publishStream(name, text, origin));
  /** Requests waiting for the worker, oldest first. */
  private readonly queue: PendingRequest[] = [];
  private running: PendingRequest | null = null;
  /** The cells run, by job number: the parents of what the tasks they start show later. */
  private readonly cells = new Map<number, JupyterMessage>();
  /** The last cell run: the parent of output of unknown origin (a task a comm message started) between requests. */
  private lastCell: JupyterMessage | null = null;
  private workerReady = false;
  /** Whether the running cell waits for an input_reply. */
  private awaitingInput = false;
  private shuttingDown = false;

  private constructor(
    private readonly channels: KernelChannels,
    info: ConnectionInfo,
  ) {
    this.signer = new MessageSigner(info.key, info.signature_scheme);
    this.history = new History(historyFile(info.kernel_name));
    this.worker = new PythonWorker((event) => this.onWorkerEvent(event), (reason) => this.onWorkerFailure(reason));
  }

  static async start(info: ConnectionInfo): Promise<Kernel> {
    const kernel = new Kernel(await KernelChannels.open(info), info);
    kernel.channels.listen((channel, frames) => kernel.receive(channel, frames));
    kernel.publish('status', { execution_state: 'starting' }, null);
    return kernel;
  }

  /** SIGINT, or an interrupt_request: KeyboardInterrupt in the running cell, if one runs. */
  interrupt(): void {
    if (this.running?.job.kind !== 'execute') return;
    this.awaitingInput = false;
    this.worker.interrupt();
  }

  private receive(channel: RequestChannel, frames: Buffer[]): void {
    let message: JupyterMessage;
    try {
      message = decodeMessage(frames, this.signer);
    } catch (error) {
      if (!(error instanceof WireFormatError)) throw error;
      log(`dropped a message on ${channel}: ${error.message}`);
      return;
    }
    if (channel === 'stdin') this.onStdin(message);
    else this.onRequest(channel, message);
  }

  private onRequest(channel: RequestChannel, message: JupyterMessage): void {
    const { msg_type: type } = message.header;
    const content = message.content;
    switch (type) {
      case 'execute_request':
        return this.enqueue(channel, message, executeJob(content));
      case 'is_complete_request':
        return this.enqueue(channel, message, { kind: 'isComplete', code: String(content.code ?? '') });
      case 'complete_request':
      case 'inspect_request': {
        const code = String(content.code ?? '');
        // Without a cursor, it is at the end (counted in code points, as the protocol counts it).
        const cursorPos = typeof content.cursor_pos === 'number' ? content.cursor_pos : [...code].length;
        const job: WorkerJob = type === 'complete_request'
          ? { kind: 'complete', code, cursorPos }
          : { kind: 'inspect', code, cursorPos, detailLevel: content.detail_level === 1 ? 1 : 0 };
        return this.enqueue(channel, message, job);
      }
      case 'history_request':
        return this.answerAtOnce(channel, message, 'history_reply', this.history.answer(content));
      case 'kernel_info_request':
        return this.answerAtOnce(channel, message, 'kernel_info_reply', kernelInfo);
      case 'comm_info_request':
        return this.enqueue(channel, message, { kind: 'commInfo', targetName: typeof content.target_name === 'string' ? content.target_name : null });
      case 'comm_open':
      case 'comm_msg':
      case 'comm_close':
        return this.enqueue(channel, message, commJob(type, message));
      case 'interrupt_request':
        this.interrupt();
        return this.answerAtOnce(channel, message, 'interrupt_reply', { status: 'ok' });
      case 'shutdown_request':
        return this.shutDown(channel, message, content.restart === true);
      default:
        log(`unknown message type ${JSON.stringify(type)} on ${channel}`);
        this.publishStatus('busy', message);
        this.publishStatus('idle', message);
    }
  }

  private onStdin(message: JupyterMessage): void {
    if (message.header.msg_type !== 'input_reply' || !this.awaitingInput) {
      log(`unexpected ${message.header.msg_type} on stdin`);
      return;
    }
    this.awaitingInput = false;
    this.worker.answer(String(message.content.value ?? ''));
  }

  private answerAtOnce(channel: RequestChannel, request: JupyterMessage, replyType: string, content: JsonObject): void {
    this.publishStatus('busy', request);
    this.reply(channel, request, replyType, content);
    this.publishStatus('idle', request);
  }

  private enqueue(channel: RequestChannel, message: JupyterMessage, job: WorkerJob): void {
    this.queue.push({ channel, message, job });
    this.startNext();
  }

  private startNext(): void {
    if (this.running !== null || !this.workerReady || this.shuttingDown) return;
    const next = this.queue.shift();
    if (next === undefined) return;
    this.running = next;
    this.publishStatus('busy', next.message);
    const id = this.worker.run(next.job);
    if (next.job.kind === 'execute') {
      this.cells.set(id, next.message);
      this.lastCell = next.message;
    }
  }

  private onWorkerEvent(event: WorkerEvent): void {
    if (event.kind === 'ready') {
      this.workerReady = true;
      this.startNext();
      return;
    }
    if (event.kind === 'chdir') {
      this.worker.answer(changeDirectory(event.path));
      return;
    }
    const request = this.running!;
    if (event.kind === 'stream') {
      this.streams.add(event.name, event.text, event.origin);
      return;
    }
    this.streams.flush();
    switch (event.kind) {
      case 'executeInput':
        this.publish('execute_input', { code: (request.job as ExecuteJob).code, execution_count: event.executionCount }, request.message);
        break;
      case 'executeResult':
        this.publish('execute_result', { execution_count: event.executionCount, ...event.bundle }, request.message);
        if (typeof event.bundle.data['text/plain'] === 'string') request.output = event.bundle.data['text/plain'];
        break;
      case 'publish':
        this.publish(event.msgType, event.content, this.outputParent(event.origin), event.metadata, event.buffers.map((buffer) => Buffer.from(buffer)));
        break;
      case 'inputRequest':
        this.awaitingInput = true;
        // The stdin socket knows a client by the identity it has on shell.
        this.send('stdin', { ...this.newMessage('input_request', { prompt: event.prompt, password: event.password }, request.message), identities: request.message.identities });
        break;
      case 'executeDone': {
        const job = request.job as ExecuteJob;
        if (job.storeHistory && !job.silent) this.history.record(event.executionCount, job.code, request.output ?? null);
        const common = { execution_count: event.executionCount, user_expressions: event.userExpressions, payload: event.payload };
        if (event.error === null) {
          // exit() or quit() asked for the kernel to end after the cell, as ipykernel's shell does.
          const exitAsked = event.payload.some((payload) => payload.source === 'ask_exit' && payload.keepkernel !== true);
          if (exitAsked) this.shuttingDown = true;
          const sent = this.finish({ status: 'ok', ...common });
          if (exitAsked) void sent.then(() => this.exit(0));
        } else {
          // A UsageError (a magic used wrongly) has no traceback and no error message, as in ipykernel.
          if (event.error.traceback.length > 0) this.publish('error', { ...event.error }, request.message);
          this.finish({ status: 'error', ...common, ...event.error }, !job.silent && job.stopOnError);
        }
        break;
      }
      case 'replied':
        this.finish(event.content);
        break;
      case 'commDone':
        // Comm messages have no reply.
        this.finish(null);
        break;
    }
  }

  /**
   * Sends the running request's reply (if it has one) and goes on with the next (after
   * aborting the queued cells, if asked); settles when the reply and the idle status are sent.
   */
  private finish(content: JsonObject | null, abortQueuedCells = false): Promise<unknown> {
    const request = this.running!;
    this.running = null;
    this.awaitingInput = false;
    this.worker.clearInterrupt();
    const sent: Promise<void>[] = [];
    if (content !== null) {
      const replyType = request.message.header.msg_type.replace(/_request$/, '_reply');
      sent.push(this.reply(request.channel, request.message, replyType, content));
    }
    sent.push(this.publishStatus('idle', request.message));
    if (abortQueuedCells) this.abortQueuedCells();
    this.startNext();
    return Promise.all(sent);
  }

  /** After a failed cell with stop_on_error, the cells queued behind it are not run (ipykernel's _abort_queues). */
  private abortQueuedCells(): void {
    const aborted = this.queue.filter((request) => request.job.kind === 'execute');
    this.queue.splice(0, this.queue.length, ...this.queue.filter((request) => request.job.kind !== 'execute'));
    for (const request of aborted) this.answerAtOnce(request.channel, request.message, 'execute_reply', { status: 'aborted' });
  }

  private shutDown(channel: RequestChannel, request: JupyterMessage, restart: boolean): void {
    this.shuttingDown = true;
    this.publishStatus('busy', request);
    const content = { status: 'ok', restart };
    // ipykernel tells every client, not only the one that asked.
    this.publish('shutdown_reply', content, request);
    const replied = this.reply(channel, request, 'shutdown_reply', content);
    const idle = this.publishStatus('idle', request);
    void Promise.all([replied, idle]).then(() => this.exit(0));
  }

  private onWorkerFailure(reason: string): void {
    if (this.shuttingDown) return;
    log(reason);
    void this.exit(1);
  }

  private async exit(status: number): Promise<void> {
    await this.worker.terminate();
    this.channels.close();
    process.exitCode = status;
  }

  private publishStream(name: StreamName, text: string, origin: number | null): void {
    const parent = this.outputParent(origin);
    if (parent !== null) this.publish('stream', { name, text }, parent);
  }

  /** The request output belongs to: the cell whose code, or task, wrote it; else the running request, else the last cell. */
  private outputParent(origin: number | null): JupyterMessage | null {
    return (origin === null ? undefined : this.cells.get(origin)) ?? this.running?.message ?? this.lastCell;
  }

  private publishStatus(state: 'busy' | 'idle', parent: JupyterMessage): Promise<void> {
    return this.publish('status', { execution_state: state }, parent);
  }

  private publish(type: string, content: JsonObject, parent: JupyterMessage | null, metadata: JsonObject = {}, buffers: Buffer[] = []): Promise<void> {
    const message = { ...this.newMessage(type, content, parent), metadata, buffers };
    message.identities = [Buffer.from(`kernel.${this.session}.${type}`)];
    return this.send('iopub', message);
  }

  private reply(channel: RequestChannel, request: JupyterMessage, type: string, content: JsonObject): Promise<void> {
    return this.send(channel, { ...this.newMessage(type, content, request), identities: request.identities });
  }

  private send(channel: RequestChannel | 'iopub', message: JupyterMessage): Promise<void> {
    return this.channels.send(channel, encodeMessage(message, this.signer));
  }

  private newMessage(type: string, content: JsonObject, parent: JupyterMessage | null): JupyterMessage {
    return {
      identities: [],
      header: { msg_id: uuid(), session: this.session, username: this.username, date: new Date().toISOString(), msg_type: type, version: PROTOCOL_VERSION },
      parent_header: parent?.header ?? {},
      metadata: {},
      content,
      buffers: [],
    };
  }
}

/** An execute_request's content, with the protocol's defaults. */
/** The worker's os.chdir, done here where Node can: the worker's process.cwd() follows. */
function changeDirectory(path: string): DirectoryChange {
  try {
    process.chdir(path);
    return null;
  } catch (error) {
    const { errno, code, message } = error as NodeJS.ErrnoException;
    return { errno: errno ?? 0, code: code ?? 'EIO', message };
  }
}

function executeJob(content: JsonObject): ExecuteJob {
  const silent = content.silent === true;
  return {
    kind: 'execute',
    code: String(content.code ?? ''),
    silent,
    storeHistory: typeof content.store_history === 'boolean' ? content.store_history : !silent,
    allowStdin: content.allow_stdin === true,
    stopOnError: content.stop_on_error !== false,
    userExpressions: isStringRecord(content.user_expressions) ? content.user_expressions : {},
  };
}

/** A front end's comm message, whole, as the comm manager hands it to a comm's handlers. */
function commJob(type: CommJob['msgType'], message: JupyterMessage): CommJob {
  // Its parts came from JSON.parse: they are JSON.
  const json = (part: object) => part as Record<string, JsonValue>;
  return {
    kind: 'comm',
    msgType: type,
    message: { header: json(message.header), parent_header: json(message.parent_header), metadata: json(message.metadata), content: json(message.content), buffers: message.buffers },
  };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string');
}
