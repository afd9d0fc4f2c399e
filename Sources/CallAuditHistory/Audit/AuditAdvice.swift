import CallAuditModel
import CallAuditReporting

/// Input errors as an audit tells them: where `analyze` would advise a command
/// line option, the audit names the setting of its configuration.
public enum AuditAdvice {
  /// The sentence for an input that stopped.
  public static func sentence(_ error: InputError) -> String {
    switch error {
    case .unrecognizedFormat(let path):
      "\(path): unrecognized content; give its input pattern an 'input_format' (see `callaudit formats`) "
        + "or a 'mapping' file in the audit configuration (docs/cron.md)"
    case .mappingRequired(let path):
      "\(path): the mapping format needs a mapping file: give its input pattern 'mapping: FILE' in the audit configuration"
    default:
      error.description
    }
  }
}
