/// Script steps for no-internet, intermittent-connection and slow-speed contacts.
enum ConnectivityScripts {
  static let steps = [
    Template(
      "Can you please {restart} your {router} and wait {minutes} before trying again?",
      "Please switch your {router} off and on again and give it {minutes} to come back up.",
      "Could you {restart} the {router} for me and wait about {minutes}?"),
    Template(
      "Could you check that all the cables are firmly plugged in at both ends?",
      "Please make sure every cable is securely connected to the {router} and the wall socket.",
      "Can you confirm all the cables are properly connected?"),
    Template(
      "What colour are the lights on the front of the {router} at the moment?",
      "Can you tell me which lights are showing on your {router}?",
      "Could you describe the lights on the {router} for me?"),
    Template(
      "I'm running a line test now, this will take {minutes}.",
      "Let me run a quick line test from our side, it takes {minutes}.",
      "I'll start a remote diagnostic on your line, please allow {minutes}."),
    Template(
      "The line test shows no fault on our side.",
      "Our diagnostics are not showing any fault on the network.",
      "The test came back clear, I can't see any issue on our end."),
    Template(
      "Please try connecting a device directly to the {router} with an Ethernet cable.",
      "Can you plug a laptop straight into the {router} using a network cable and test again?",
      "Could you test with a wired connection instead of Wi-Fi?"),
    Template(
      "Please perform a factory reset by holding the reset button for 30 seconds.",
      "Could you press and hold the reset button on the back of the {router} for 30 seconds?",
      "Let's try a factory reset: hold the reset pin for about 30 seconds."),
    Template(
      "Speeds can vary depending on the time of day and the number of connected devices.",
      "Please note that speeds may vary at peak times and with many devices connected.",
      "Wi-Fi speeds depend on the number of devices and the time of day."),
    Template(
      "Please run a speed test on a wired connection with all other devices disconnected.",
      "Could you do a speed test with a cable and nothing else connected?",
      "Try a speed test over Ethernet with the other devices switched off, please."),
    Template(
      "There may be maintenance work in your area at the moment.",
      "There could be planned maintenance affecting your area right now.",
      "It's possible there is ongoing network work in your area."),
    Template(
      "Move the {router} to a central location away from walls and other electronics.",
      "Please place the {router} somewhere open, away from microwaves and thick walls.",
      "For better coverage, keep the {router} in a central, elevated spot."),
    Template(
      "Please check whether the problem happens on all your devices or only one.",
      "Does this happen on every device or just one of them?",
      "Is it affecting all devices in the house or only one?"),
    Template(
      "I've refreshed your connection from our side, please {restart} the {router} once more.",
      "I've sent a refresh signal to your line; please {restart} the {router} again.",
      "I've reset the connection on our end, so please {restart} your {router} one more time."),
    Template(
      "Please monitor the connection over the next {hours} hours.",
      "Keep an eye on the connection for the next {hours} hours, please.",
      "Let's give it {hours} hours to stabilise."),
  ]
}
