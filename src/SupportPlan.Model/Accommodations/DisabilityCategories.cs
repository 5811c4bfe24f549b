namespace SupportPlan.Model.Accommodations;

/// <summary>Names of the disability categories (障害種), for display.</summary>
public static class DisabilityCategories
{
    /// <summary>The Japanese name as printed in the accommodation tables.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name, e.g. <c>自閉症・情緒障害</c>.</returns>
    public static string JapaneseName(DisabilityCategory category) => category switch
    {
        DisabilityCategory.Visual => "視覚障害",
        DisabilityCategory.Hearing => "聴覚障害",
        DisabilityCategory.Intellectual => "知的障害",
        DisabilityCategory.Physical => "肢体不自由",
        DisabilityCategory.HealthImpairment => "病弱",
        DisabilityCategory.SpeechLanguage => "言語障害",
        DisabilityCategory.AutismEmotional => "自閉症・情緒障害",
        DisabilityCategory.LearningDisability => "学習障害",
        DisabilityCategory.Adhd => "注意欠陥多動性障害",
        DisabilityCategory.Multiple => "重複障害",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
