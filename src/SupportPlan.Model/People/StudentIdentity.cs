namespace SupportPlan.Model.People;

/// <summary>共通シート (児童生徒): who the student is.</summary>
public sealed record StudentIdentity
{
    /// <summary>名前 and よみがな.</summary>
    public PersonName? Name { get; init; }

    /// <summary>性別.</summary>
    public Sex? Sex { get; init; }

    /// <summary>生年月日.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>国籍等 (※ foreign students): nationality or citizenship as the family states it.</summary>
    public string? Nationality { get; init; }

    /// <summary>出生地 (※ foreign students): place of birth.</summary>
    public string? Birthplace { get; init; }
}
