/// A size limit as people write it: `64 MiB`, `16 KiB`, `512 bytes`.
package func byteCountText(_ bytes: Int) -> String {
  if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
  if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
  return bytes == 1 ? "1 byte" : "\(bytes) bytes"
}
