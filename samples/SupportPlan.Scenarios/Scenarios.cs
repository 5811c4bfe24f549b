using SupportPlan.Model.Plans;

namespace SupportPlan.Scenarios;

/// <summary>
/// Builders for the domain's sample scenarios (domain guide §8): full plans in Japanese with fictional names,
/// schools, agencies and phone numbers, deterministic (fixed ids and dates), and consistent under
/// <c>PlanChecker</c> (no findings).
/// </summary>
public static partial class Scenarios
{
    /// <summary>Every scenario, in a fixed order: nemuro, betsukai, nakashibetsu, memuro, foreign-student, autism-transition, lifelong.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("nemuro", "根室市：SNSトラブル後の不登校からの学校復帰（中2）",
            "A junior-high student in Nemuro city who stopped attending after falling out with friends over social media; the school, family, the education support centre (online two-way lessons on tablets), the welfare office counselling room and the public health centre share information and the student returns to school.",
            Nemuro),
        new("betsukai", "別海町：教育支援センターのサテライトとICT活用（小5）",
            "An elementary pupil in Betsukai town who uses the education support centre's satellite room, with an ICT helper, drawing software, programming and drone activities; days at school increase. The handover consent is deferred until the spring meeting.",
            Betsukai),
        new("nakashibetsu", "中標津町：不登校解消対策個票と教育相談センターでの個別学習（中1）",
            "A first-year junior-high student in Nakashibetsu town whose absences began with academic underachievement; individual study at the board's education counselling centre; the board collects a per-student non-attendance report. Handover to a private school is refused.",
            Nakashibetsu),
        new("memuro", "芽室町：年中児の個別の教育支援計画作成ケース会議（4回）",
            "A four-year-old (年中) at a kindergarten in Memuro town: four case conferences with the guardian, class teacher, additional teacher, consultation support specialist, therapy staff and the regional coordinator make the IESP, which is submitted to the town once a year (regional extension).",
            Memuro),
        new("foreign-student", "日本語指導が必要な児童（フィリピン出身・小6）",
            "A pupil from the Philippines who needs Japanese-language instruction (special curriculum), with learning history abroad, DLA-based proficiency and some absences; handover to the public junior high school with nationality refused and an agency-sharing consent later withdrawn.",
            ForeignStudent),
        new("autism-transition", "岐阜県：自閉スペクトラム症の幼児の就学移行（年長→小1）",
            "A child with autism moving from kindergarten to elementary school in Gifu prefecture: diagnosis and certificate, agreed reasonable accommodations (visual schedules, a cool-down space, advance notice, classmates' understanding), Gifu forms 1–3, and handover consents that keep the diagnosis from a private school.",
            AutismTransition),
        new("lifelong", "年少から高3まで15年間の支援の記録（障害・不登校）",
            "The largest plan: a student with ADHD and a learning disability, later also non-attendance, followed for fifteen school years from preschool (年少, 2011) to the last year of high school (高3, 2025), with a grade sheet every year, about twenty case conferences, assessments, family changes and a consent for the transition to work.",
            Lifelong),
    ];

    /// <summary>Finds a scenario by its <see cref="Scenario.Name"/> (ordinal, case-sensitive).</summary>
    /// <param name="name">The scenario name, e.g. <c>nemuro</c>.</param>
    /// <returns>The scenario, or <see langword="null"/> when there is none of that name.</returns>
    public static Scenario? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var scenario in All)
        {
            if (string.Equals(scenario.Name, name, StringComparison.Ordinal))
            {
                return scenario;
            }
        }

        return null;
    }
}
