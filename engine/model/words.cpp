#include "model/words.hpp"

#include <array>
#include <utility>

namespace hallsim {

namespace {

struct Pair {
  std::string_view zh, en;
};

constexpr std::array<Pair, kDimensions> kDimensionWords = {{{"共情", "Empathy"},
                                                            {"及时性", "Timeliness"},
                                                            {"解决方案质量", "Solution quality"}}};
constexpr std::array<Pair, kSteps> kStepWords = {{{"受理投诉", "Accept the complaint"},
                                                  {"安抚民众", "Soothe"},
                                                  {"收集信息", "Gather information"},
                                                  {"提出建议", "Propose"},
                                                  {"达成共识", "Agree"},
                                                  {"回馈跟踪", "Follow up"}}};
constexpr std::array<Pair, 4> kOutcomeWords = {{{"已解决", "resolved"},
                                               {"部分解决", "partial"},
                                               {"投诉升级", "escalated"},
                                               {"未解决", "failed"}}};
constexpr std::array<Pair, 5> kRatingWords = {{{"非常满意", "very satisfied"},
                                              {"满意", "satisfied"},
                                              {"基本满意", "basically satisfied"},
                                              {"不满意", "dissatisfied"},
                                              {"非常不满意", "very dissatisfied"}}};

constexpr std::pair<std::string_view, Pair> kPhrases[] = {
    {"briefing", {"情景介绍", "Briefing"}},
    {"debrief", {"复盘报告", "Debrief"}},
    {"retry", {"再练一次", "Retry"}},
    {"library", {"场景库", "Library"}},
    {"reply_timer", {"回复计时", "Reply timer"}},
    {"hall_clock", {"大厅时间", "Hall clock"}},
    {"better_reply", {"更好的回答", "The road not taken (better reply)"}},
    {"late_reply", {"回复超时", "Late reply"}},
    {"outcome", {"结果", "Outcome"}},
    {"overall", {"总分", "Overall"}},
    {"pass", {"通过", "PASS"}},
    {"fail", {"未通过", "FAIL"}},
    {"rating", {"好差评", "Rating"}},
    {"steps", {"六步法", "Six steps"}},
    {"missed", {"遗漏", "missed"}},
    {"out_of_order", {"顺序不当", "out of order"}},
    {"came_before", {"先于", "came before"}},
    // The desktop app.
    {"app_title", {"政务服务投诉处理情景演练器", "Service-hall complaint simulator"}},
    {"trainee_name", {"学员姓名", "Trainee name"}},
    {"language", {"语言", "Language"}},
    {"ui_scale", {"界面缩放", "UI scale"}},
    {"search", {"搜索", "Search"}},
    {"all_tags", {"全部", "All"}},
    {"open_folder", {"打开文件夹", "Open folder"}},
    {"difficulty", {"难度", "Difficulty"}},
    {"minutes_estimate", {"约{}分钟", "about {} min"}},
    {"best_so_far", {"最好成绩", "Best so far"}},
    {"not_tried", {"尚未练习", "not tried yet"}},
    {"scenarios_loaded", {"个场景已载入", "scenarios loaded"}},
    {"scenarios_broken", {"个文件有错误，请用 hallsim lint 检查", "files have errors; check them with hallsim lint"}},
    {"no_scenarios", {"这个文件夹里没有场景", "No scenarios in this folder"}},
    {"begin", {"开始练习", "Start"}},
    {"back", {"返回", "Back"}},
    {"citizen", {"民众", "Citizen"}},
    {"age", {"年龄", "age"}},
    {"expected", {"要求", "What is expected"}},
    {"expected_text", {"按六步法处理投诉：受理、安抚、收集信息、提出建议、达成共识、回馈跟踪。每次回复限时{}秒。",
                       "Handle the complaint in six steps: accept, soothe, gather information, propose, agree, follow up. Each reply has {} seconds."}},
    {"continue", {"继续", "Continue"}},
    {"send", {"发送", "Send"}},
    {"send_hint", {"Ctrl+Enter 发送", "Ctrl+Enter sends"}},
    {"to_debrief", {"查看复盘报告", "See the debrief"}},
    {"earlier_turns", {"对话记录", "Conversation so far"}},
    {"seconds_left", {"剩余{}秒", "{} s left"}},
    {"time_up", {"已超时", "time is up"}},
    {"live_hints", {"实时提示", "Live hints"}},
    {"show_mood", {"显示情绪条", "Show mood bars"}},
    {"save_report", {"保存报告", "Save report"}},
    {"saved", {"已保存", "Saved"}},
    {"abandon_title", {"放弃本次练习？", "Abandon this attempt?"}},
    {"abandon_text", {"本次练习尚未完成，返回场景库将放弃它。", "This attempt is not finished; going back to the library abandons it."}},
    {"abandon", {"放弃", "Abandon"}},
    {"keep_playing", {"继续练习", "Keep playing"}},
    {"resume_title", {"有一次未完成的练习", "An unfinished attempt was found"}},
    {"resume_text", {"上次的练习没有正常结束（{}）。要继续吗？", "The last attempt did not finish ({}). Resume it?"}},
    {"resume", {"继续上次练习", "Resume"}},
    {"keep_unfinished", {"保存为未完成记录", "Save as unfinished"}},
    {"cannot_resume", {"无法继续上次练习", "Cannot resume the last attempt"}},
    {"keys_hint", {"1-4 选择回复，Enter 确认，Esc 返回", "1-4 pick a reply, Enter confirms, Esc goes back"}},
    {"you", {"你", "you"}},
    {"why", {"原因", "why"}},
    {"type_reply", {"请输入你的回复（回车发送）", "Type your reply (Enter sends)"}},
    {"pick_reply", {"请选择回复", "Choose your reply"}},
    {"quit_hint", {"输入 q 退出", "q quits"}},
    {"press_enter", {"按回车开始", "Press Enter to start"}},
    {"seconds", {"秒", "s"}},
    {"cues_matched", {"命中要点", "cues met"}},
    {"cues_missed", {"遗漏要点", "cues missed"}},
    {"turn", {"第{}轮", "Turn {}"}},
    {"choose_scenario", {"请选择场景", "Choose a scenario"}},
    {"anger", {"怒气", "anger"}},
    {"trust", {"信任", "trust"}},
    // Classroom mode.
    {"classroom_mode", {"课堂模式", "Classroom mode"}},
    {"monitor", {"显示器", "Monitor"}},
    {"present", {"开始投影", "Present"}},
    {"high_contrast", {"高对比度", "High contrast"}},
    {"votes", {"票", "votes"}},
    {"apply_majority", {"采用多数票", "Apply the majority"}},
    {"tie_vote", {"票数相同，请讲师选择一项（Shift+字母）", "A tie: choose one (Shift+letter)"}},
    {"no_votes", {"尚未投票", "No votes yet"}},
    {"reveal", {"揭晓", "Reveal"}},
    {"hidden_until_reveal", {"按 R 揭晓得分与点评", "R reveals scores and feedback"}},
    {"timer_paused", {"计时已暂停", "Timer paused"}},
    {"presenter_notes", {"讲师备注", "Presenter notes"}},
    {"presenter_window", {"讲师备注窗口（放在笔记本屏幕上）", "Presenter window (for the laptop's screen)"}},
    {"expert_reply", {"专家的选择", "The expert's reply"}},
    {"classroom_keys", {"A-D 或 1-4 加一票，Backspace 减一票，Enter 采用多数票，Shift+字母 指定选项，R 揭晓，T 计时，N 备注，W 讲师窗口，+/- 缩放，F 全屏，Esc 返回",
                        "A-D or 1-4 add a vote, Backspace removes, Enter applies the majority, Shift+letter forces an option, R reveals, T timer, N notes, W presenter window, +/- scale, F full screen, Esc back"}},
    {"discussion_turn", {"第{}轮，共{}轮", "Turn {} of {}"}},
    {"next_turn", {"下一轮", "Next turn"}},
    {"class_reply_hint", {"按 Enter 输入全班讨论出的回复", "Enter: type the reply the class agreed on"}},
    {"previous_turn", {"上一轮", "Previous turn"}},
    // Authoring mode.
    {"authoring_mode", {"编写模式", "Authoring mode"}},
    {"back_to_practice", {"返回练习", "Back to practice"}},
    {"author_keys", {"F6 返回练习 · ↑↓ 选择文件 · 1-9 选择回复 · Enter 继续 · F8 下一个问题",
                     "F6 back to practice · ↑↓ choose a file · 1-9 pick a reply · Enter continues · F8 next problem"}},
    {"author_files", {"场景文件", "Scenario files"}},
    {"author_ok", {"正常", "ok"}},
    {"loading", {"载入中…", "loading…"}},
    {"analysing", {"正在分析场景的最高分…（已找到 {} 个状态）", "Analysing the scenario's best scores… ({} states so far)"}},
    {"use_estimates", {"改用估计的最高分", "Use estimated best scores"}},
    {"errors_count", {"{} 个错误", "{} errors"}},
    {"warnings_count", {"{} 个警告", "{} warnings"}},
    {"running_last_good", {"仍在运行上一个正确版本", "the last good version keeps running"}},
    {"author_stale", {"{} 个错误，仍在运行上一个正确版本", "{} errors; the last good version keeps running"}},
    {"author_broken", {"{} 个错误，还没有能运行的版本", "{} errors; no version has loaded yet"}},
    {"author_no_version", {"这个文件还没有能运行的版本：按下方列出的问题修改后保存即可。", "This file has no version that loads yet: fix the problems listed below and save."}},
    {"diagnostics", {"问题", "Problems"}},
    {"no_problems", {"没有问题", "No problems"}},
    {"diagnostics_hint", {"点击一条问题（或按 F8）：复制它的位置（文件:行:列），并在下方显示原文。",
                           "Click a problem (or press F8) to copy its location (file:line:col) and see its lines below."}},
    {"error", {"错误", "error"}},
    {"warning", {"警告", "warning"}},
    {"copied", {"已复制", "Copied"}},
    {"fit_view", {"适应窗口", "Fit"}},
    {"graph_hint", {"拖动平移，滚轮缩放，点击节点跳转", "drag to pan, wheel to zoom, click a node to go there"}},
    {"otherwise", {"否则", "otherwise"}},
    {"current_node", {"当前节点", "current node"}},
    {"this_path", {"本次路线", "this playthrough"}},
    {"unreachable", {"到不了", "unreachable"}},
    {"dead_end", {"死胡同", "dead end"}},
    {"jumped_to", {"已跳转到", "Jumped to"}},
    {"rehearse", {"试演", "Rehearse"}},
    {"restart", {"从头开始", "Restart"}},
    {"jump_to", {"跳转到", "Jump to"}},
    {"hidden_when", {"显示条件", "shown when"}},
    {"cues", {"要点", "cues"}},
    {"inspector", {"变量检查器", "Variable inspector"}},
    {"rehearsal_note", {"试演不计入成绩", "rehearsals are never recorded"}},
    {"mood", {"情绪", "Mood"}},
    {"story_flags", {"剧情开关", "Story flags"}},
    {"elapsed_minutes", {"已过分钟", "Minutes elapsed"}},
    {"raw_scores", {"原始分", "Raw scores"}},
    {"random_plays", {"随机演练", "Random playthroughs"}},
    {"plays", {"次数", "plays"}},
    {"seed", {"随机种子", "seed"}},
    {"from_start", {"从开头", "From the start"}},
    {"from_here", {"从当前节点和状态", "From the current node and state"}},
    {"run", {"运行", "Run"}},
    {"running", {"运行中…", "Running…"}},
    {"plays_done", {"{} 次演练，用时 {} 秒", "{} plays in {} s"}},
    {"outcomes", {"结局分布", "Outcomes"}},
    {"stuck", {"卡住", "stuck"}},
    {"cut_off", {"超过回复上限", "cut off"}},
    {"score_spread", {"得分分布（原始分）", "Score distribution (raw)"}},
    {"plays_at_score", {"原始分 {}：{} 次", "raw {}: {} plays"}},
    {"lowest", {"最低", "lowest"}},
    {"median", {"中位数", "median"}},
    {"highest", {"最高", "highest"}},
    {"best", {"满分", "best"}},
    {"never_reached", {"从未到达的节点", "Nodes never reached"}},
    {"none", {"无", "none"}},
    // The debrief report.
    {"trainee", {"学员", "Trainee"}},
    {"scenario", {"场景", "Scenario"}},
    {"date", {"日期", "Date"}},
    {"duration", {"用时", "Duration"}},
    {"ending", {"结局", "Ending"}},
    {"no_ending", {"未到结局", "no ending reached"}},
    {"grade", {"等级", "Grade"}},
    {"pass_mark", {"及格线", "pass mark"}},
    {"dimensions", {"三个维度", "The three dimensions"}},
    {"raw_best", {"得分/满分", "raw/best"}},
    {"best_approximate", {"满分为估算值", "the best scores are estimates"}},
    {"mood_curve", {"情绪曲线", "Mood curve"}},
    {"mood_moved_most", {"情绪波动最大", "mood moved most"}},
    {"start", {"开始", "start"}},
    {"reply_times", {"回复用时", "Reply times"}},
    {"time_limit", {"时限", "limit"}},
    {"progress", {"进步", "Progress"}},
    {"first_attempt", {"首次练习", "First attempt"}},
    {"best_attempt", {"此前最佳", "Best earlier attempt"}},
    {"this_attempt", {"本次", "This attempt"}},
    {"turn_by_turn", {"逐轮复盘", "Turn by turn"}},
    {"score_change", {"得分变化", "Score change"}},
    {"mood_change", {"情绪变化", "Mood change"}},
    {"feedback", {"点评", "Feedback"}},
    {"best_reply_given", {"这已是最佳回答", "This was the best reply"}},
    {"would_score", {"可得", "would score"}},
    {"cues_avoided", {"避开的扣分点", "pitfalls avoided"}},
    {"turn_column", {"轮次", "Turn"}},
    {"narrator", {"旁白", "Narrator"}},
    {"colleague", {"同事", "Colleague"}},
    {"supervisor", {"值班长", "Supervisor"}},
    {"version", {"版本", "version"}},
    {"on_time", {"按时回复", "On time"}},
    {"late_replies", {"回复超时次数", "Late replies"}},
    {"your_reply", {"你", "You"}},
    {"mood_moments", {"情绪波动最大的轮次", "Where mood moved most"}},
    {"change_since_first", {"与首次相比", "Change since the first attempt"}},
    {"reply_time", {"回复用时", "Reply time"}},
    {"class_vote", {"全班投票", "Class vote"}},
    {"applied", {"采用", "applied"}},
    {"expert", {"专家", "expert"}},
    {"overridden", {"讲师改选", "the instructor overrode the majority"}},
    {"why_it_scored", {"为什么这样计分", "Why it scored so"}},
    {"why_negated", {"您说了“{words}”：这是否定的说法，不算“{cue}”。", "You said “{words}”: that negates it, so it does not count as “{cue}”."}},
    {"why_unless", {"“{words}”改变了意思，不算“{cue}”。", "“{words}” changes the meaning, so it does not count as “{cue}”."}},
    {"why_conduct", {"您说了“{words}”：属于{category}，这句回复被标记为言行不当。", "You said “{words}”: {category}, so the reply was flagged for conduct."}},
    {"why_withheld_by_conduct", {"言行不当的回复不计加分要点，因此不算：{cues}。", "A reply flagged for conduct earns no good points, so these did not count: {cues}."}},
    {"why_stuffed", {"“{words}”是把要点词语堆在一起，不是说给群众听的话，因此不算：{cues}。", "“{words}” strings stock phrases together instead of talking to the citizen, so these did not count: {cues}."}},
    {"attempted", {"仅尝试", "attempted only"}},
    {"attempt_rude", {"那句回复言行不当", "that reply was rude or dismissive"}},
    {"attempt_cost", {"那句回复扣了分（{lost}）", "that reply lost points ({lost})"}},
    {"try_reply", {"试评分（不前进）", "Score it (stay here)"}},
    {"withheld_negated", {"被否定", "negated"}},
    {"withheld_unless", {"被 unless 取消", "cancelled by unless"}},
    {"withheld_conduct", {"言行不当，不计", "withheld: conduct"}},
    {"withheld_stuffed", {"关键词堆砌，不计", "withheld: keyword stuffing"}},
    {"next_node", {"下一节点", "next node"}},
    {"no_route", {"（无路可走）", "(no route holds)"}},
    {"no_cue_met", {"（没有命中任何要点）", "(no cue met)"}},
    {"model_reply_earns", {"示范回答命中", "the model answer meets"}},
    // Way-finding: the library's buttons, the folder picker, DISC, the history screen.
    {"classroom_tip", {"把选中的场景投影给全班，全班投票决定每一步的回复（F5）",
                       "Project the selected scenario to a class, which votes on every reply (F5)"}},
    {"authoring_tip", {"编写和检查这个文件夹里的场景：分支图、试演、随机演练（F6）",
                       "Write and check this folder's scenarios: the graph, rehearsals, random playthroughs (F6)"}},
    {"history", {"练习记录", "History"}},
    {"history_tip", {"每个场景的首次、最佳和最近成绩，以及三个维度的变化",
                     "First, best and latest score per scenario, and how the three dimensions moved"}},
    {"browse", {"浏览…", "Browse…"}},
    {"browse_tip", {"在电脑上选择一个场景文件夹（Ctrl+O）", "Choose a scenario folder on this computer (Ctrl+O)"}},
    {"open_folder_tip", {"打开上面输入的文件夹", "Open the folder typed in the box"}},
    {"choose_folder", {"选择场景文件夹", "Choose a scenario folder"}},
    {"folder_up", {"上一级", "Up"}},
    {"folder_go", {"前往", "Go"}},
    {"recent_folders", {"最近打开", "Recent folders"}},
    {"open_this_folder", {"打开这个文件夹", "Open this folder"}},
    {"cancel", {"取消", "Cancel"}},
    {"scenario_files_here", {"这里有 {} 个场景文件（.yaml）", "{} scenario files (.yaml) here"}},
    {"no_subfolders", {"没有子文件夹", "No subfolders"}},
    {"cannot_read_folder", {"无法读取这个文件夹", "Cannot read this folder"}},
    {"disc_type", {"性格类型（DISC）", "Personality (DISC)"}},
    {"disc_D", {"D 支配型：直接、要结果、没耐心。开门见山，给出明确的办法和时间，别绕弯子。",
                "D, dominant: direct, wants results, impatient. Get to the point; give a clear solution and a time; no detours."}},
    {"disc_I", {"I 影响型：爱表达、重感受。让对方把话说完，回应对方的情绪，语气热情友好。",
                "I, influential: expressive, moved by feelings. Let them talk, answer the feeling, be warm and friendly."}},
    {"disc_S", {"S 稳健型：温和、怕变化、不愿冲突。语气平稳，一步一步讲清楚，给对方安全感和时间。",
                "S, steady: calm, dislikes change and conflict. Speak steadily, explain step by step, reassure and give time."}},
    {"disc_C", {"C 谨慎型：重细节、讲规则、要准确。给出准确的依据、材料清单和时限，最好书面告知。",
                "C, conscientious: careful, rule-minded, wants accuracy. Give exact grounds, the list of materials and time limits, in writing if you can."}},
    {"disc_all", {"DISC 四种类型：", "The four DISC types:"}},
    {"history_title", {"练习记录与进步", "History and progress"}},
    {"history_of", {"学员：{}", "Trainee: {}"}},
    {"no_name", {"（未填姓名）", "(no name)"}},
    {"no_history", {"还没有完成的练习。完成一次练习后，成绩会出现在这里。",
                    "No finished attempts yet. Scores appear here after an attempt ends."}},
    {"attempts_count", {"练习次数", "Attempts"}},
    {"latest_attempt", {"最近一次", "Latest"}},
    {"trend", {"变化（最早 → 最近）", "Trend (oldest → latest)"}},
    {"history_unreadable", {"无法读取练习记录", "The history cannot be read"}},
    {"no_browser", {"没有打开浏览器。报告已保存在：{}", "No browser opened. The report is saved at: {}"}},
    {"legend_choices", {"选项回复", "choice of replies"}},
    {"legend_typed", {"输入回复", "typed reply"}},
    {"legend_next", {"自动继续", "continues by itself"}},
    {"random_typed_note", {"需要输入回复的地方，每次随机输入一种真实回复，按评分规则判定：示范回答、一句差的回答（说出一个扣分点）、半对的回答或空回复。",
                           "Where a reply is typed, each play types a real one, judged by the rubric: the model answer, a poor reply (one pitfall's words), a half-right answer or nothing."}},
    {"fit_view_tip", {"显示整张图；图太大时保持字能看清，从开头显示，拖动查看其余部分",
                      "The whole graph; one too big for that keeps its names legible and shows its start: drag to see the rest"}},
};

template <size_t N>
std::string_view pick(const std::array<Pair, N>& table, size_t i, std::string_view language) {
  return is_chinese(language) ? table[i].zh : table[i].en;
}

}  // namespace

bool is_chinese(std::string_view language) { return language.substr(0, 2) == "zh"; }

std::string_view word(std::string_view l, Dimension d) { return pick(kDimensionWords, static_cast<size_t>(d), l); }
std::string_view word(std::string_view l, Step s) { return pick(kStepWords, static_cast<size_t>(s), l); }
std::string_view word(std::string_view l, Outcome o) { return pick(kOutcomeWords, static_cast<size_t>(o), l); }
std::string_view word(std::string_view l, Rating r) { return pick(kRatingWords, static_cast<size_t>(r), l); }

std::string_view word(std::string_view l, std::string_view key) {
  for (const auto& [k, p] : kPhrases)
    if (k == key) return is_chinese(l) ? p.zh : p.en;
  return key;
}

bool has_word(std::string_view key) {
  for (const auto& entry : kPhrases)
    if (entry.first == key) return !entry.second.zh.empty() && !entry.second.en.empty();
  return false;
}

std::vector<std::string> all_words() {
  std::vector<std::string> out;
  auto both = [&](const Pair& p) {
    out.emplace_back(p.zh);
    out.emplace_back(p.en);
  };
  for (const auto& p : kDimensionWords) both(p);
  for (const auto& p : kStepWords) both(p);
  for (const auto& p : kOutcomeWords) both(p);
  for (const auto& p : kRatingWords) both(p);
  for (const auto& [_, p] : kPhrases) both(p);
  return out;
}

}  // namespace hallsim
