/// Script steps for plan-change and moving-house contacts.
enum AccountScripts {
  static let steps = [
    Template(
      "I can help you with that, let me check the options available at your address.",
      "Let me see what's available for you.",
      "Sure, let me check which packages we can offer you."),
    Template(
      "Plan changes take effect from the start of the next billing cycle.",
      "Your new plan will start at the beginning of the next billing period.",
      "Any change to the package applies from the next bill date."),
    Template(
      "Please note that changing your plan may extend your minimum contract term.",
      "Upgrading can restart your minimum term.",
      "A plan change may come with a new minimum term."),
    Template(
      "You can also change your plan online in My Account.",
      "Package changes can also be made in the {provider} app.",
      "You're welcome to make the change yourself in My Account."),
    Template(
      "For home moves, we need at least 14 days' notice.",
      "We ask for two weeks' notice before a move.",
      "Please give us at least 14 days' notice for a home move."),
    Template(
      "Availability at the new address depends on the network in that area.",
      "Whether we can serve the new address depends on coverage there.",
      "Service at a new address depends on what our network covers there."),
    Template(
      "An engineer visit may be required to activate the service at the new property.",
      "The new property might need an engineer to activate the line.",
      "Sometimes an engineer has to visit to switch on the service at the new home."),
    Template(
      "Please keep your current equipment and bring it with you to the new address.",
      "Take the {router} with you when you move.",
      "Your {router} moves with you, so please don't return it."),
    Template(
      "There may be a one-off fee for moving your service.",
      "A one-off moving fee might apply.",
      "Please note a one-off charge may apply for the move."),
    Template(
      "I'll send you a confirmation e-mail with all the details.",
      "You'll receive an e-mail confirming everything.",
      "A confirmation will follow by e-mail."),
    Template(
      "Your current plan is one of our most popular packages.",
      "Many customers find the current package meets their needs.",
      "The package you have is very popular with our customers."),
    Template(
      "Is there anything about your current package you'd like to change?",
      "What would you like to change about your package?",
      "Which part of your package would you like to change?"),
    Template(
      "Please check your inbox for the order confirmation within {hours} hours.",
      "The order confirmation should reach you within {hours} hours.",
      "You should get the confirmation within {hours} hours."),
  ]
}
