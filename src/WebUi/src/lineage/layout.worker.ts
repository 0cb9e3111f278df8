import { LayoutInput, layout } from './layout';

// The layout runs here, off the main thread: a 10,000-node graph takes seconds, and the page must stay responsive.
self.onmessage = (event: MessageEvent<LayoutInput & { seq: number }>) => {
  const { seq, ...input } = event.data;
  try {
    self.postMessage({ seq, ...layout(input) });
  } catch (error) {
    self.postMessage({ seq, error: String(error) });
  }
};
