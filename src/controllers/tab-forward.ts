// Tab from an element that script focused (tabindex="-1", e.g. a heading after "Check") goes on
// to what follows it, in Chromium too: a workaround for a Chromium focus-navigation bug.
//
// The bug: when the focused element is not in the sequential focus order (tabindex="-1") and
// nothing focusable follows it in its shadow root, Chromium moves Tab to the *first* focusable
// element of that shadow root instead of past the shadow host (seen in Chromium 156; the
// tests in test/components/tab-forward.test.ts fail without this fix). Blink searches onward from
// the focused element's own tab index (-1) within its scope and falls back to the scope's first
// tabindex="0" element (third_party/blink/renderer/core/page/focus_controller.cc). The HTML spec
// leaves open where Tab goes from an element outside the focus order:
// https://github.com/whatwg/html/issues/9081 (no Chromium bug number was found for this case).
// Shift+Tab is not affected.
//
// The fix: for the moment of the Tab key press the focused element joins the focus order
// (tabindex="0"), so the browser's own navigation starts from it and goes where Tab goes from any
// focusable element; then it leaves the order again. No focus order is computed here.

/** Makes Tab from a script-focused element in `host`'s shadow root go on from there. Call once per element. */
export function tabForward(host: HTMLElement): void {
  host.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.shiftKey) return;
    // A keydown's target is the focused element.
    const from = e.composedPath()[0] as HTMLElement;
    if (from.tabIndex >= 0 || from.getRootNode() !== host.shadowRoot) return;
    from.tabIndex = 0;
    // The browser moves focus right after this keydown, within the same task.
    setTimeout(() => (from.tabIndex = -1));
  });
}
