using SupportPlan.Model.Classification;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// What a disclosure report held back, by item: the renderer prints 「開示しない（理由）」 where such an item would
/// stand, so that a withheld item is never mistaken for an empty one. A bare plan has no report and withholds nothing.
/// </summary>
internal sealed class WithheldItems
{
    private readonly Dictionary<string, ItemDecision> _byItem = new(StringComparer.Ordinal);
    private readonly List<ItemDecision> _extensions = [];

    private WithheldItems()
    {
    }

    /// <summary>Nothing withheld (a bare plan).</summary>
    public static WithheldItems None { get; } = new();

    /// <summary>The withheld and blocked items of a report, structure that merely travels with its container left out.</summary>
    public static WithheldItems From(DisclosureReport? report)
    {
        var items = new WithheldItems();
        foreach (var entry in report?.Entries ?? [])
        {
            if (!IsHeldBack(entry))
            {
                continue;
            }

            if (entry.ItemId == "extensions")
            {
                items._extensions.Add(entry);
            }
            else
            {
                items._byItem.TryAdd(entry.ItemId, entry);
            }
        }

        return items;
    }

    /// <summary>Whether an entry is content held back (withheld or blocked), not structure without content.</summary>
    public static bool IsHeldBack(ItemDecision entry) =>
        entry.Outcome is ItemOutcome.Withheld or ItemOutcome.Blocked && entry.Reason != WithholdReason.NothingElseDisclosed;

    /// <summary>Whether anything is held back.</summary>
    public bool Any => _byItem.Count > 0 || _extensions.Count > 0;

    /// <summary>The regional extensions held back (their entries carry the extension's label).</summary>
    public IReadOnlyList<ItemDecision> Extensions => _extensions;

    /// <summary>The decision that holds back an item, or <see langword="null"/>.</summary>
    public ItemDecision? Find(string itemId) => _byItem.GetValueOrDefault(itemId);

    /// <summary>Whether an item of a section is held back.</summary>
    public bool AnyIn(PlanSection section) => _byItem.Values.Any(e => e.Section == section);

    /// <summary>The marker: 「開示しない（理由）」, with the article where the report cites one.</summary>
    public static string Marker(ItemDecision entry)
    {
        var reason = Reason(entry.Reason);
        if (entry.CitationJa is { Length: > 0 } citation)
        {
            reason += "：" + citation;
        }

        return entry.Outcome == ItemOutcome.Blocked
            ? $"開示しない（手続が済むまで保留：{reason}）"
            : $"開示しない（{reason}）";
    }

    /// <summary>Why an item is not disclosed, in plain Japanese for the recipient and the family alike.</summary>
    public static string Reason(WithholdReason? reason) => reason switch
    {
        WithholdReason.NoConsent => "本人・保護者の同意がないため",
        WithholdReason.Refused => "本人・保護者が同意しなかったため",
        WithholdReason.Withdrawn => "同意が撤回されたため",
        WithholdReason.Expired => "同意の期間が終了しているため",
        WithholdReason.Deferred => "本人・保護者が判断を保留しているため",
        WithholdReason.OutsideIndispensableRange => "支援の継続に必要不可欠な範囲の外であるため",
        WithholdReason.SpecialCareNotExplicit => "要配慮個人情報であり、項目を明示した同意がないため",
        WithholdReason.ProcedureMissing => "必要な手続が記録されていないため",
        WithholdReason.NothingElseDisclosed => "同じシートの内容が提供されないため",
        WithholdReason.NoLegalBasis => "提供の根拠となる規定がないため",
        _ => "理由の記載なし",
    };
}
