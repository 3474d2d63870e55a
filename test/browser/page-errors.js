/** Records errors and unhandled rejections that reach the host page. */
export function watchPageErrors() {
  const errors = [];
  const onError = (event) => errors.push(event.error ?? event.message);
  const onRejection = (event) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A `src` URL serving `data` as JSON, without a file. */
export function jsonUrl(data) {
  return URL.createObjectURL(new Blob([typeof data === 'string' ? data : JSON.stringify(data)], { type: 'application/json' }));
}
