/**
 * Puts text on the clipboard: the async Clipboard API where the page may use it, else the
 * older copy command on a hidden text area (a browser door served without a secure context).
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Refused (no permission, no focus): fall back to the copy command below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const isCopied = typeof document.execCommand === 'function' && document.execCommand('copy');
  area.remove();
  if (!isCopied) throw new Error('剪贴板不可用 / The clipboard is not available');
}
