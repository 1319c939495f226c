import { EventEmitter, LogLevel, workspace, type Disposable, type LogOutputChannel } from 'vscode';

/**
 * The trace channel given to the language client. vscode-languageclient 11 traces only when the log
 * level of the channel is Trace, whatever `<id>.trace.server` says; this channel reports Trace while
 * the setting is "messages" or "verbose", and writes the trace lines at the level the output channel
 * shows by default, so the setting works on its own (as it did before log channels).
 */
export function traceChannel(output: LogOutputChannel, section: string): LogOutputChannel & Disposable {
  const setting = () => workspace.getConfiguration(section).get<string>('trace.server', 'off');
  const on = () => setting() === 'messages' || setting() === 'verbose';
  const level = () => (on() ? LogLevel.Trace : output.logLevel);
  const changed = new EventEmitter<LogLevel>();
  const listeners = [
    workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${section}.trace.server`) && changed.fire(level())),
    output.onDidChangeLogLevel(() => changed.fire(level())),
  ];
  return {
    get name() {
      return output.name;
    },
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: changed.event,
    trace: (message: string, ...args: unknown[]) => (on() ? output.info(message, ...args) : output.trace(message, ...args)),
    debug: (message: string, ...args: unknown[]) => output.debug(message, ...args),
    info: (message: string, ...args: unknown[]) => output.info(message, ...args),
    warn: (message: string, ...args: unknown[]) => output.warn(message, ...args),
    error: (error: string | Error, ...args: unknown[]) => output.error(error, ...args),
    append: (value: string) => output.append(value),
    appendLine: (value: string) => output.appendLine(value),
    replace: (value: string) => output.replace(value),
    clear: () => output.clear(),
    show: (...args: [unknown?, unknown?]) => (output.show as (...a: unknown[]) => void)(...args),
    hide: () => output.hide(),
    // The output channel belongs to the extension; only this wrapper's listeners end here.
    dispose: () => {
      for (const l of listeners) l.dispose();
      changed.dispose();
    },
  };
}
