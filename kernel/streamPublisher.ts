// A cell's stdout and stderr on iopub. The worker sends text a line at a time; lines
// of one stream and one origin (the job that wrote them) that come close together go
// out as one `stream` message (a loop of prints would otherwise flood every client),
// after a short delay, and at once before anything else the cell publishes, so that the
// order of all output is kept.
export type StreamName = 'stdout' | 'stderr';

/** How long text may wait for more before it is published. */
const COALESCE_MS = 20;

export class StreamPublisher {
  private name: StreamName | null = null;
  private origin: number | null = null;
  private text = '';
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly publish: (name: StreamName, text: string, origin: number | null) => void) {}

  add(name: StreamName, text: string, origin: number | null): void {
    if (this.name !== name || this.origin !== origin) this.flush();
    this.name = name;
    this.origin = origin;
    this.text += text;
    this.timer ??= setTimeout(() => this.flush(), COALESCE_MS);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.name !== null && this.text !== '') this.publish(this.name, this.text, this.origin);
    this.name = null;
    this.text = '';
  }
}
