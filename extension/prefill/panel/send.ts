import type { PanelMessageType } from '../../messaging/protocol.ts';
import type { Send } from '../../messaging/send.ts';

/** What the panel sends: the `prefill:*` requests of extension pages. */
export type PanelSend = Send<PanelMessageType>;
