using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Sheets;

/// <summary>作成日 / 作成者 and the history of appends (追記日 / 追記者) that every sheet records.</summary>
public sealed record Authorship
{
    /// <summary>作成日 (作成年月日).</summary>
    public required DateOnly CreatedOn { get; init; }

    /// <summary>作成者 (記入者名).</summary>
    public required string CreatedBy { get; init; }

    /// <summary>追記: later additions, oldest first.</summary>
    public ValueList<AppendRecord> Appends { get; init => field = value ?? ValueList<AppendRecord>.Empty; } = ValueList<AppendRecord>.Empty;

    /// <summary>The date of the latest change: the last append, or the creation date.</summary>
    /// <returns>The date.</returns>
    public DateOnly LastChangedOn()
    {
        var last = CreatedOn;
        foreach (var append in Appends)
        {
            if (append.On > last)
            {
                last = append.On;
            }
        }

        return last;
    }

    /// <summary>Returns this authorship with one more append.</summary>
    /// <param name="on">追記日.</param>
    /// <param name="by">追記者.</param>
    /// <param name="note">What was appended.</param>
    /// <returns>The new authorship.</returns>
    public Authorship WithAppend(DateOnly on, string by, string? note = null) =>
        this with { Appends = Appends.Append(new AppendRecord { On = on, By = by, Note = note }) };
}
