// super().
export {};
