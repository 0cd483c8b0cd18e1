// React's JSX types for <verdict-widget> (React 19 passes attributes and properties to custom
// elements itself: no wrapper component is needed). Add it to a project with
//   /// <reference types="verdict-widget/jsx" />
// or `"types": ["verdict-widget/jsx"]` in tsconfig.json.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VerdictWidgetAttributes, VerdictWidgetElement } from './embed.js';

type VerdictWidgetJsx = DetailedHTMLProps<HTMLAttributes<VerdictWidgetElement>, VerdictWidgetElement> &
  VerdictWidgetAttributes & {
    /** A comparison given as an object (React 19 sets it as the element's property). */
    content?: object | null;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'verdict-widget': VerdictWidgetJsx;
    }
  }
}
