namespace SupportPlan.Model.People;

/// <summary>共通シート (保護者等): a guardian. A plan may list several.</summary>
public sealed record Guardian
{
    /// <summary>名前 and よみがな.</summary>
    public PersonName? Name { get; init; }

    /// <summary>続柄 (※): relationship to the student, e.g. 母, 父, 祖母.</summary>
    public string? Relationship { get; init; }

    /// <summary>学校受入年月日 (※): the date the school accepted the student (foreign students).</summary>
    public DateOnly? SchoolAdmissionDate { get; init; }

    /// <summary>連絡先.</summary>
    public ContactDetails? Contact { get; init; }
}
