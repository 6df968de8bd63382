import { useState } from 'react';

/**
 * Copies text to the clipboard (wording to paste into a letter or the working document) and says
 * so in words. Where the clipboard is refused, it says how to copy by hand instead.
 */
export function CopyButton({ text, label = 'Copy', what }: { text: string; label?: string; what: string }) {
  const [said, setSaid] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied. Paste it where you need it.');
    } catch {
      setSaid('Copying was not allowed here: select the words and press Ctrl+C (⌘C on a Mac).');
    }
  }
  return (
    <span className="copy-button">
      <button type="button" className="secondary small" aria-label={`${label}: ${what}`} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="hint">
        {said}
      </span>
    </span>
  );
}
