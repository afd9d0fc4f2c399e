#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The C library's text for the current `errno`, lower-cased to sit inside a sentence.
package func currentErrorText() -> String {
  String(cString: strerror(errno)).lowercased()
}
