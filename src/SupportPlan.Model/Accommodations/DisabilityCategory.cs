using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Accommodations;

/// <summary>障害種 used in the reasonable-accommodation tables (domain guide §3.5).</summary>
[JsonConverter(typeof(StrictEnumConverter<DisabilityCategory>))]
public enum DisabilityCategory
{
    /// <summary>視覚障害.</summary>
    Visual,

    /// <summary>聴覚障害.</summary>
    Hearing,

    /// <summary>知的障害.</summary>
    Intellectual,

    /// <summary>肢体不自由.</summary>
    Physical,

    /// <summary>病弱 (health impairment).</summary>
    HealthImpairment,

    /// <summary>言語障害.</summary>
    SpeechLanguage,

    /// <summary>自閉症・情緒障害.</summary>
    AutismEmotional,

    /// <summary>学習障害 (LD).</summary>
    LearningDisability,

    /// <summary>注意欠陥多動性障害 (ADHD).</summary>
    Adhd,

    /// <summary>重複障害.</summary>
    Multiple,
}
