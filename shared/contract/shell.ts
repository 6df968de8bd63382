import { z } from 'zod';
import { defineCall } from './define.ts';

/**
 * Desktop-only calls: saving where the user chooses, and handing files and links to the
 * operating system. The desktop shell provides them (electron/main); other hosts (the E2E
 * harness, a browser) answer `not-available`, and the UI offers what it can instead.
 */
export const shellCalls = {
  chooseSaveFile: defineCall({
    description:
      'Ask where to save a file Casebook made (a bundle, a letter, a calendar) with the system dialog; null when they cancel.',
    input: z.object({
      /** The name offered, with its extension (e.g. "Sam bundle 2026-11-23.pdf"): it sets the file type filter. */
      suggestedName: z.string().min(1).max(200),
      title: z.string().max(200).optional(),
    }),
    output: z.string().nullable(),
  }),
  openFile: defineCall({
    description: "Open a file Casebook made (PDF, Word document, calendar) in the computer's usual app for it.",
    input: z.object({ path: z.string().min(1) }),
    output: z.object({ opened: z.boolean() }),
  }),
  showInFolder: defineCall({
    description: 'Show a file or case folder in Explorer, Finder or the file manager.',
    input: z.object({ path: z.string().min(1) }),
    output: z.object({ shown: z.boolean() }),
  }),
  openLink: defineCall({
    description: 'Open a web page (https only) in the usual browser, e.g. guidance on gov.uk.',
    input: z.object({ url: z.url({ protocol: /^https$/ }) }),
    output: z.object({ opened: z.boolean() }),
  }),
};
