/**
 * Sends a message of the protocol and types its answer by the message's type. The browser's
 * `sendMessage` answers `any`; this is the one place where that answer is taken to be the
 * protocol's, because the receiver answers each request with its `ResponseOf` type. An answer may
 * be missing (`undefined`): the extension was updated under the page, or nothing listened.
 */
import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from './protocol.ts';

/** Carries a message to its receiver and back: the browser's runtime, or a test's handler. */
export type Transport = (message: unknown) => Promise<unknown>;

/** The answer to a request, by the request's type. */
export type AnswerTo<R extends { type: MessageType }> = ResponseOf<R['type']> | undefined;

export type Send<K extends MessageType = MessageType> = <R extends RequestOf<K>>(
  request: R,
) => Promise<AnswerTo<R>>;

/** A typed `send` over any transport. */
export function sendOver<K extends MessageType = MessageType>(transport: Transport): Send<K> {
  return <R extends RequestOf<K>>(request: R) => transport(request) as Promise<AnswerTo<R>>;
}

/** To the background, from an extension page or the content script. */
export const sendToBackground: Send = sendOver((message) => browser.runtime.sendMessage(message));

/** From the background to the content script in a tab's top frame. */
export function sendToTab<R extends RequestOf<MessageType>>(
  tab: number,
  request: R,
): Promise<AnswerTo<R>> {
  return browser.tabs.sendMessage(tab, request, { frameId: 0 }) as Promise<AnswerTo<R>>;
}

/**
 * For a request the background always answers (the vault's): a missing answer is an error to
 * throw, as when the extension was updated under the page.
 */
export async function askBackground<R extends RequestOf<MessageType>>(
  request: R,
): Promise<ResponseOf<R['type']>> {
  const answer = await sendToBackground(request);
  if (answer === undefined) throw new Error(`No answer to ${request.type}`);
  return answer as ResponseOf<R['type']>;
}
