// cloud-init reads a file as cloud-config only when its first line is `#cloud-config`.
export function looksLikeCloudConfig(text: string): boolean {
  return /^#cloud-config\b/.test(text);
}
