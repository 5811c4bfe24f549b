using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Decisions;

/// <summary>The consent state of one item for one recipient, purpose and date.</summary>
internal readonly record struct ConsentState(WithholdReason? Reason, ValueList<string> ConsentIds)
{
    public bool Granted => Reason is null;
}

/// <summary>
/// Evaluates consent per item, per recipient (or class), per purpose, within its period. The latest decisive record
/// wins (on the same day a refusal, withdrawal or deferral counts as later): a refusal or withdrawal overrides older consent; a deferral discloses nothing until a later grant; a grant
/// covers special-care items only when it names them.
/// </summary>
internal sealed class ConsentEvaluator
{
    private readonly List<(ConsentRecord Record, int Index)> _relevant;
    private readonly DateOnly _date;

    // The grants standing for the item being evaluated, reused from item to item (an evaluator serves one request).
    private readonly List<ConsentRecord> _grants = [];

    // The ids of grants given last, given again to the next item with the same ones.
    private ValueList<string>? _lastIds;

    public ConsentEvaluator(IReadOnlyList<ConsentRecord> consents, Recipient recipient, DisclosurePurpose purpose, DateOnly date)
    {
        _date = date;
        _relevant = [.. consents
            .Select((c, i) => (c, i))
            .Where(x => x.c.Purpose == purpose && recipient.IsCoveredBy(x.c.Recipient))
            .OrderBy(x => x.c.DecidedOn).ThenBy(x => IsNegative(x.c) ? 1 : 0).ThenBy(x => x.i)];
    }

    public ConsentState Evaluate(PlanItem item)
    {
        if (_relevant.Count == 0)
        {
            return new ConsentState(WithholdReason.NoConsent, []);
        }

        var section = PlanItemCatalog.SectionId(item.Section);
        var grants = _grants;
        grants.Clear();
        (ConsentRecord Record, WithholdReason Reason)? lastNegative = null;
        var sectionOnlyGrant = false;
        foreach (var (record, _) in _relevant)
        {
            switch (record.Decision)
            {
                case ConsentDecision.Granted when Grants(record, item, section):
                    grants.Add(record);
                    break;
                case ConsentDecision.Granted when Mentions(record, item, section):
                    sectionOnlyGrant = true; // a section grant that cannot cover a special-care item
                    break;
                case ConsentDecision.Refused when Mentions(record, item, section):
                    lastNegative = (record, WithholdReason.Refused);
                    grants.Clear();
                    break;
                case ConsentDecision.Deferred when Mentions(record, item, section):
                    lastNegative = (record, WithholdReason.Deferred);
                    grants.Clear();
                    break;
                case ConsentDecision.Withdrawn when record.Withdraws is { } target && (record.Items.IsEmpty || Mentions(record, item, section)):
                    if (grants.RemoveAll(g => string.Equals(g.Id, target, StringComparison.Ordinal)) > 0 && grants.Count == 0)
                    {
                        lastNegative = (record, WithholdReason.Withdrawn);
                    }

                    break;
            }
        }

        if (grants.Count > 0)
        {
            var active = IdsWhere(grants, expired: false);
            if (!active.IsEmpty)
            {
                return new ConsentState(null, active);
            }

            var expired = IdsWhere(grants, expired: true);
            return !expired.IsEmpty ? new ConsentState(WithholdReason.Expired, expired) : new ConsentState(WithholdReason.NoConsent, []);
        }

        if (lastNegative is { } negative)
        {
            return new ConsentState(negative.Reason, [negative.Record.Id]);
        }

        return new ConsentState(sectionOnlyGrant && item.IsSpecialCare ? WithholdReason.SpecialCareNotExplicit : WithholdReason.NoConsent, []);
    }

    /// <summary>On the same day, a refusal, withdrawal or deferral counts as the later decision: the cautious reading.</summary>
    private static bool IsNegative(ConsentRecord record) =>
        record.Decision is ConsentDecision.Refused or ConsentDecision.Withdrawn or ConsentDecision.Deferred;

    /// <summary>
    /// The ids of the grants in force on the date (or, with <paramref name="expired"/>, those expired by then), in order.
    /// Most items of a request are covered by the same grants, so a list equal to the one given last is that one again
    /// (lists are immutable), not a copy.
    /// </summary>
    private ValueList<string> IdsWhere(List<ConsentRecord> grants, bool expired)
    {
        var last = _lastIds;
        var count = 0;
        foreach (var grant in grants)
        {
            if (Selected(grant, expired))
            {
                if (last is not null && (count >= last.Count || !string.Equals(last[count], grant.Id, StringComparison.Ordinal)))
                {
                    last = null;
                }

                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        if (last is not null && count == last.Count)
        {
            return last;
        }

        var ids = new List<string>(count);
        foreach (var grant in grants)
        {
            if (Selected(grant, expired))
            {
                ids.Add(grant.Id);
            }
        }

        return _lastIds = new ValueList<string>(ids);
    }

    /// <summary>Whether a grant is in force on the date, or with <paramref name="expired"/>, expired by then.</summary>
    private bool Selected(ConsentRecord grant, bool expired) => expired ? grant.ValidUntil < _date : grant.AppliesOn(_date);

    /// <summary>Whether a grant covers the item: by id, or by section (<paramref name="section"/>) for an item that is not special-care.</summary>
    private static bool Grants(ConsentRecord record, PlanItem item, string section)
    {
        for (var i = 0; i < record.Items.Count; i++)
        {
            var reference = record.Items[i];
            if (string.Equals(reference, item.Id, StringComparison.Ordinal)
                || (!item.IsSpecialCare && string.Equals(reference, section, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a record names the item or its section (a refusal of a section covers its special-care items too).</summary>
    private static bool Mentions(ConsentRecord record, PlanItem item, string section)
    {
        for (var i = 0; i < record.Items.Count; i++)
        {
            var reference = record.Items[i];
            if (string.Equals(reference, item.Id, StringComparison.Ordinal) || string.Equals(reference, section, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
