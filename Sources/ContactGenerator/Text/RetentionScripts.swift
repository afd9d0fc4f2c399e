/// Script steps for cancellation contacts.
enum RetentionScripts {
  static let steps = [
    Template(
      "I'm sorry to hear you're thinking of leaving us.",
      "I'm sorry you want to leave {provider}.",
      "It's a shame to hear you'd like to cancel."),
    Template(
      "May I ask the main reason you want to cancel today?",
      "Could you tell me why you've decided to leave?",
      "What's the main reason for cancelling?"),
    Template(
      "Please note that cancelling before the end of your minimum term may incur early termination charges.",
      "An early termination fee may apply if you're still in contract.",
      "If you're within your minimum term, early termination charges may apply."),
    Template(
      "We require 30 days' notice to cancel the service.",
      "Cancellation requires a 30-day notice period.",
      "There's a 30-day notice period on all cancellations."),
    Template(
      "I can offer you a loyalty discount if you stay with us.",
      "We have some special offers for existing customers, would you be interested?",
      "There are loyalty offers available if you'd consider staying."),
    Template(
      "Please return the {router} within 14 days to avoid a non-return charge.",
      "The equipment must be returned within 14 days or a fee applies.",
      "Remember to send the {router} back within 14 days."),
    Template(
      "Your final bill will be sent after the service ends.",
      "You'll receive a final bill once the account is closed.",
      "A final invoice will follow when the service stops."),
    Template(
      "If you're porting your number, your new provider will arrange that.",
      "Number porting is handled by the provider you're moving to.",
      "Your new provider will request the number port for you."),
    Template(
      "I've passed your request to our cancellations team.",
      "Your request has been sent to the retentions team.",
      "The cancellations team will process your request."),
    Template(
      "Have you considered our other packages that might suit you better?",
      "We might have a package that suits you better, would you like to hear about it?",
      "Could another of our packages be a better fit for you?"),
    Template(
      "I'll note on the account that you've requested to cancel.",
      "I've recorded your cancellation request on the account.",
      "Your cancellation request is now noted on the account."),
    Template(
      "You'll receive a confirmation of the cancellation by e-mail.",
      "A cancellation confirmation will be e-mailed to you.",
      "We'll e-mail you to confirm the cancellation."),
  ]
}
