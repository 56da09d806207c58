/** Resolves in a later task, after the browser has handled input and painted. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
