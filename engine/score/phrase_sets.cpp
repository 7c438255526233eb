#include "score/phrase_sets.hpp"

namespace hallsim {

namespace {

// "换谁都窝火", "搁谁都会着急", …: who-would-not × the feeling.
std::vector<std::string> anyone_would_feel() {
  std::vector<std::string> out;
  for (const char* who : {"换谁都", "搁谁都", "换谁也", "搁谁也", "放谁身上都", "谁碰上都", "谁遇上都", "换了谁都", "换成谁都", "谁摊上都",
                          "搁谁身上都"})
    for (const char* feel : {"着急", "窝火", "生气", "急", "憋气", "憋火", "上火", "恼火", "来气", "火大", "憋一肚子火", "受不了",
                             "不好受", "烦", "冒火", "发慌", "坐不住"}) {
      out.push_back(std::string(who) + feel);
      out.push_back(std::string(who) + "会" + feel);
    }
  return out;
}

std::vector<std::string> join(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::vector<PhraseSet> build() {
  std::vector<PhraseSet> sets;
  // Positive sets: what a good reply says, in its common wordings (service-hall-facts.md, "Cues
  // for rubrics"; HEARD's empathise and apologise; 首问负责制).
  sets.push_back({"apology", "致歉", "Apology",
                  {"对不起", "抱歉", "不好意思", "赔个不是", "赔不是", "道歉", "致歉", "歉意", "过意不去", "给您添麻烦",
                   "是我们没做好", "是我们工作没做好", "是我们的问题", "是我们的不对", "是我们的错", "我们的失误", "怪我们",
                   "怨我们", "我们没说清", "没一次说清", "没说清楚", "对不住", "是我们不对", "我们不对", "我们的错", "道个歉", "赔罪", "赔礼", "我们的责任",
                   "sorry", "apologise", "apologize", "apologies", "let you down", "our fault"}});
  sets.push_back({"feeling", "说出对方的感受", "Names the citizen's feeling",
                  join(anyone_would_feel(),
                       {"我理解您", "我能理解", "我很理解", "我非常理解", "我特别理解", "我完全理解", "理解您的心情",
                        "您的心情我理解", "您的心情我能理解", "心情可以理解", "完全可以理解", "我明白您的心情", "我明白您着急",
                        "我知道您着急", "我知道您很着急", "能体会", "体会您的心情", "难怪您", "确实太折腾", "确实折腾",
                        "太折腾了", "折腾您了", "让您受累", "辛苦您了", "让您白跑", "让您久等", "等这么久", "一肚子火",
                        "肯定很着急", "肯定着急", "一定很着急", "肯定很窝火", "换作是我", "换了我", "换我也", "我也会着急",
                        "我也会生气", "心里肯定不好受", "心里不好受", "委屈您了", "受委屈了", "担心是肯定的", "您担心",
                        "都会窝火", "都会着急", "都会生气", "都得急", "急是肯定的", "确实急", "确实紧", "压力不小", "压力很大",
                        "压力我能", "生气是应该的", "着急是正常的", "将心比心", "火烧眉毛", "心里发慌", "憋屈", "一股火",
                        "憋着火", "又急又", "确实难受", "这滋味", "也坐不住", "让您等了", "着急我理解", "着急我明白",
                        "着急我能理解", "急我理解", "急我明白",
                        "I'd be furious too", "I'd be angry too", "under pressure", "real pressure", "every right to be",
                        "understandably",
                        "I understand how you feel", "I understand why you", "I can see why you", "anyone would be",
                        "no wonder you", "must be frustrating", "must be worrying"}),
                  false, "anyone_feels"});
  sets.push_back({"ownership", "首问负责：由我负责", "Ownership: 'I own this'",
                  {"我来负责", "由我负责", "我负责到底", "我跟到底", "我跟进到底", "我全程跟进", "我来跟进", "我给您跟进",
                   "我来接手", "我接手", "我管到底", "交给我", "包在我身上", "我帮您办到底", "我陪您去", "我带您去",
                   "您就找我", "直接找我", "找我就行", "找我就好", "一直到办完", "办完为止", "跟到底", "管到底", "负责到底",
                   "跟到尾", "盯到尾", "盯到底", "从头跟到尾", "一管到底", "全程负责", "我接了", "我接下", "算我的", "我牵头", "只找我",
                   "我亲自", "剩下的我来", "交给我来", "leave it with me",
                   "taking this on", "I own this", "I'll personally", "take it from here",
                   "I'll take care of", "I will take care of", "I'll see it through", "I'll handle", "I will handle"}});
  sets.push_back({"follow_up", "约定回访/回复", "Follows up",
                  {"回电", "给您打电话", "打电话告诉您", "回复您", "给您回复", "通知您", "短信通知", "跟您联系", "联系您",
                   "回访", "再来看您", "回来看您", "过来看您", "来告诉您", "过来跟您说", "回来跟您说", "过来找您", "过来给您",
                   "我会过来", "come back", "check on you", "check back", "I'll be back", "call you back",
                   "let you know", "get back to you"}});
  sets.push_back({"referral", "转给能办的人（亲自带去或登记转办）", "Refers on in person or by a logged transfer",
                  {"值班长", "带您去", "陪您去", "帮您转", "转给", "转办", "登记转", "帮办", "代办", "办不成事", "综合窗口",
                   "duty supervisor", "walk you over", "take you to"}});
  sets.push_back({"appeal", "反映与申诉渠道", "Feedback and appeal channels",
                  {"12345", "热线", "好差评", "评价器", "意见箱", "行政复议", "行政诉讼", "复核", "申诉", "督查", "投诉渠道",
                   "起诉", "法院", "打官司", "hotline", "appeal", "review", "reconsideration", "go to court"}});

  // The conduct lexicon: 忌语 from service-hall-facts.md and published 服务忌语 lists (Beijing's
  // among them), and contempt, commands, blame, sarcasm and refusals in their common forms.
  sets.push_back({"taboo", "服务忌语", "Banned service phrase",
                  {"急什么", "着什么急", "没看我正忙", "我正忙着呢", "我不是说过了吗", "不是说过了吗", "不是告诉你了吗",
                   "说过多少遍", "说了多少遍", "听不懂吗", "听不明白吗", "自己看清楚", "看清楚了再来", "看清楚再来",
                   "有牌子自己看", "墙上都写着", "看不懂汉字", "我下班了", "我要下班了", "下班了明天再来", "问别人去",
                   "找别人去", "问别人吧", "你问我我问谁", "有意见找领导", "你去投诉", "您去投诉", "你投诉好了", "您投诉好了",
                   "随便你投诉", "爱投诉就投诉", "投诉也没用", "你快点", "快点说", "到底办不办", "怎么不早来", "叫什么叫",
                   "嚷什么", "吵什么", "没有就是没有", "我就这态度", "我不知道", "我也不知道", "我不清楚", "我也不清楚",
                   "谁知道呢", "不关我的事", "不关我事", "不归我管", "管不着", "我哪知道", "别问我", "说重点", "别老问",
                   "又问一遍", "怎么又问", "后面还有人等着", "后面还有人排着", "没空帮", "没工夫", "这事我不管", "我不管这个", "这个我不管", "嫌慢网上办",
                   "嫌慢就网上", "嫌慢去网上", "自己上网办", "不会就别来", "自己扫码去", "not my job", "not my problem",
                   "ask someone else", "go and complain"}});
  sets.push_back({"contempt", "轻蔑、居高临下", "Contempt, talking down",
                  {"你是不是傻", "你傻呀", "你傻啊", "没文化", "这都不懂", "这都不会", "这都记不住", "说了你也不懂",
                   "说了您也不懂", "跟你说不明白", "跟您说不明白", "老年人就是麻烦", "老人就是麻烦", "真麻烦", "烦死了",
                   "你烦不烦", "烦不烦", "说了也不懂", "您这记性", "你这记性", "问第三遍", "都问第", "问了好几遍", "记住了吧",
                   "听明白了吧", "懂了吧", "记住没有", "有病吧", "神经病", "什么素质", "没素质", "你算老几", "了不起啊", "有钱了不起",
                   "当官了不起", "老糊涂", "活该", "多大点事", "多大点儿事", "这点小事", "至于吗", "有什么好生气",
                   "有什么好急", "that's your problem", "whatever"}});
  sets.push_back({"command", "命令、呵斥、驱赶", "Orders, scolding, sending away",
                  {"闭嘴", "别吵了", "别嚷了", "别喊了", "别闹了", "不要闹了", "给我出去", "你出去", "滚开", "你滚", "少废话", "别废话",
                   "赶紧走", "一边去", "靠边站", "爱办不办", "不办拉倒", "回去让孩子", "让孩子弄", "叫你孩子来", "让你孩子来",
                   "找你孩子", "shut up", "get out", "go away"}});
  sets.push_back({"blame", "指责群众", "Blames the citizen",
                  {"怪你自己", "怪您自己", "你自己的问题", "您自己的问题", "谁让你", "谁让您", "你自己没看清楚",
                   "您自己没看清楚", "你自己没看", "您自己没看", "早干嘛去了", "早干什么去了", "怎么不早说", "自找的",
                   "你自己不会看", "your own fault"}});
  sets.push_back({"sarcasm", "讽刺、挖苦", "Sarcasm",
                  {"您可真行", "你可真行", "真有你的", "真会挑时候", "呵呵", "你厉害", "您厉害", "随你便", "随便你", "爱咋咋地",
                   "你高兴就好", "你开心就好", "您高兴就好", "好大的官威", "行了吧", "这下满意了", "满意了吧", "这总行了",
                   "是您的事", "是你的事", "关我什么事", "急有什么用", "着急有什么用", "压力大有什么用", "理解理解", "明白明白",
                   "行行行", "知道了知道了", "行了行了", "happy now"}});
  sets.push_back({"refusal", "拒绝致歉或拒绝办理", "Refuses to apologise or to serve",
                  {"不可能道歉", "道歉是不可能", "凭什么道歉", "凭什么给你道歉", "凭什么给您道歉", "道什么歉", "不会道歉",
                   "不会给你道歉", "不会给您道歉", "我不道歉", "没什么好道歉", "没必要道歉", "不是我们的问题",
                   "不是我们的错", "不怪我们", "跟我们没关系", "不是我们造成的", "说了也没用", "别跟我说", "和我们没关系", "不是我们的责任", "不会跟您道歉", "不会跟你道歉",
                   "不跟您道歉", "不跟你道歉", "不给办", "就是办不了", "爱找谁找谁", "won't apologise", "won't apologize", "not sorry"}});
  for (auto& s : sets)
    if (s.name == "taboo" || s.name == "contempt" || s.name == "command" || s.name == "blame" || s.name == "sarcasm" ||
        s.name == "refusal")
      s.conduct = true;
  return sets;
}

}  // namespace

const std::vector<PhraseSet>& phrase_sets() {
  static const std::vector<PhraseSet> sets = build();
  return sets;
}

const PhraseSet* find_phrase_set(std::string_view name) {
  for (const PhraseSet& s : phrase_sets())
    if (s.name == name) return &s;
  return nullptr;
}

bool is_recogniser(std::string_view name) { return name == "concrete_time" || name == "anyone_feels"; }

std::vector<std::string> phrase_set_names() {
  std::vector<std::string> names;
  for (const PhraseSet& s : phrase_sets()) names.emplace_back(s.name);
  names.emplace_back("concrete_time");
  names.emplace_back("anyone_feels");
  return names;
}

}  // namespace hallsim
