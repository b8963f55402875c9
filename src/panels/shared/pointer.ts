import type { FocusEvent, MouseEvent } from 'react';

/** Which item of a panel the pointer is on, or which has the keyboard focus, and where (viewport coordinates). */
export interface Pointer {
  index: number;
  x: number;
  y: number;
}

/**
 * The handlers that make item `index` report the pointer over it (its position) or the keyboard focus on it
 * (its centre), and null when either leaves. A panel keeps the one pointer in its state and draws one
 * tooltip for it: a tooltip component per item would cost every item its hooks on every refresh.
 */
export function pointerHandlers<E extends Element>(index: number, onPoint: (pointer: Pointer | null) => void) {
  return {
    onMouseMove: (event: MouseEvent<E>) => onPoint({ index, x: event.clientX, y: event.clientY }),
    onMouseLeave: () => onPoint(null),
    onFocus: (event: FocusEvent<E>) => {
      const box = event.currentTarget.getBoundingClientRect();
      onPoint({ index, x: box.left + box.width / 2, y: box.top + box.height / 2 });
    },
    onBlur: () => onPoint(null),
  };
}
