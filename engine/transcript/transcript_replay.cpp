// Re-scoring a transcript: its replies played again on the scenario as it is now.
#include "run/script.hpp"
#include "transcript/transcript.hpp"

namespace hallsim {

Session replay_transcript(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds, const Transcript& transcript,
                          const std::string& language) {
  SessionOptions options;
  options.language = language.empty() ? transcript.language : language;
  options.trainee = transcript.trainee;
  Session session(std::move(scenario), bounds, options);
  std::vector<ScriptedReply> replies;
  replies.reserve(transcript.turns.size());
  for (const TranscriptTurn& t : transcript.turns) {
    ScriptedReply r;
    r.typed = t.typed;
    if (t.typed) r.text = t.reply;
    else r.choice_index = t.choice - 1;
    r.node = t.node;
    r.response_s = t.response_s;
    r.vote = t.vote;
    replies.push_back(std::move(r));
  }
  ScriptOutcome out = play_script(session, replies, 0);
  // An attempt kept unfinished runs out of replies before an ending: that still fits.
  if (!out.ok && out.used < replies.size())
    throw TranscriptError("the transcript no longer fits the scenario: " + out.error);
  return session;
}

}  // namespace hallsim
