#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The C library's text for the current `errno`, lower-cased to sit inside a sentence.
package func currentErrorText() -> String {
  errorText(errno)
}

/// The C library's text for the error number `code`, lower-cased to sit inside a sentence.
package func errorText(_ code: Int32) -> String {
  String(cString: strerror(code)).lowercased()
}
