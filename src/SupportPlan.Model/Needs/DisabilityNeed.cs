namespace SupportPlan.Model.Needs;

/// <summary>The disability facet (障害のある児童生徒). Special-care information: it reveals a disability.</summary>
public sealed record DisabilityNeed
{
    /// <summary>Where the student learns.</summary>
    public required EducationPlacement Placement { get; init; }

    /// <summary>On what basis the need was recognised.</summary>
    public DisabilityBasis? Basis { get; init; }

    /// <summary>The division, for a student of a special-needs school.</summary>
    public SpecialNeedsDivision? Division { get; init; }

    /// <summary>Whether the child needs medical care at school (医療的ケア児).</summary>
    public bool MedicalCare { get; init; }
}
