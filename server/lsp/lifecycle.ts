import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy, type RequestMessage } from 'vscode-languageserver/node';

/** Where requests that arrive after `shutdown` are sent, to be refused in one place. */
const AFTER_SHUTDOWN = 'spectrumLint/afterShutdown';

/**
 * The LSP lifecycle rule that requests after `shutdown` fail with InvalidRequest (-32600). A message
 * strategy sees every message in order before any handler, so no handler has to check for itself.
 */
export function refuseAfterShutdown(): { messageStrategy: MessageStrategy; register(connection: Connection): void } {
  let shutDown = false;
  const messageStrategy: MessageStrategy = {
    handleMessage(message, next) {
      if (Message.isRequest(message)) {
        if (shutDown) return next({ ...message, method: AFTER_SHUTDOWN, params: { method: message.method } } as RequestMessage);
        if (message.method === 'shutdown') shutDown = true;
      }
      return next(message);
    },
  };
  return {
    messageStrategy,
    register(connection) {
      connection.onRequest(AFTER_SHUTDOWN, (params: { method?: unknown }) => {
        throw new ResponseError(ErrorCodes.InvalidRequest, `${String(params?.method)}: the server received shutdown and answers no more requests.`);
      });
    },
  };
}
