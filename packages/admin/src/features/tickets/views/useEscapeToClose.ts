import { useEffect } from 'react';

/**
 * Escape closes an open drawer even when the focus is not inside it (after a dialog closed, or when
 * it was opened from a link), as the user drawer does. Not while a dialog or an image preview is
 * open over it: Escape closes that first.
 */
export function useEscapeToClose(open: boolean, busyOverlay: boolean, onClose: () => void) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || busyOverlay) return;
      const overlay = document.querySelector(
        '.ant-modal-wrap:not([style*="display: none"]) .ant-modal, .ant-image-preview, .ant-select-dropdown:not(.ant-select-dropdown-hidden)',
      );
      if (overlay) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, busyOverlay, onClose]);
}
