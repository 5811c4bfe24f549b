using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Extensions;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Preview;
using SupportPlan.Rules.Records;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Decisions;

/// <summary>
/// The disclosure engine: consent first, then the exception rows of the policy for the sender's establishment and
/// the recipient's kind, limited to the indispensable range, each needing a recorded reason and a recorded effort
/// to obtain consent. Thread-safe and stateless apart from its policy.
/// </summary>
public sealed class DisclosureEngine : IDisclosureEngine
{
    private readonly HashSet<string> _range;
    private readonly Dictionary<string, LegalArticle> _articles;

    /// <summary>Creates an engine with the default policy.</summary>
    public DisclosureEngine()
        : this(DefaultDisclosurePolicy.Instance)
    {
    }

    /// <summary>Creates an engine with a policy, validating it first.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="InvalidDisclosurePolicyException">The policy is inconsistent.</exception>
    public DisclosureEngine(DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var findings = DisclosurePolicyValidator.Validate(policy);
        if (findings.Count > 0)
        {
            throw new InvalidDisclosurePolicyException(findings);
        }

        Policy = policy;
        _range = [.. policy.IndispensableRange];
        _articles = policy.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public DisclosurePolicy Policy { get; }

    /// <inheritdoc />
    public DisclosureResult Decide(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = request.Plan;
        var decisions = DecideItems(request);
        var disclosed = plan;
        var content = new Dictionary<string, ItemDecision>(decisions.Content.Count, StringComparer.Ordinal);
        foreach (var decision in decisions.Content)
        {
            content[decision.ItemId] = decision;
            if (!decision.IsDisclosed())
            {
                disclosed = PlanRedactor.Remove(disclosed, decision.ItemId);
            }
        }

        var keptExtensions = new List<RegionalExtension>();
        for (var i = 0; i < plan.Extensions.Count; i++)
        {
            if (decisions.Extensions[i].IsDisclosed())
            {
                keptExtensions.Add(plan.Extensions[i]);
            }
        }

        disclosed = PlanRedactor.Prune(disclosed with { Extensions = keptExtensions.ToValueList() });
        var entries = new List<ItemDecision>();
        foreach (var item in PlanItemCatalog.All)
        {
            if (item.Id == "extensions")
            {
                entries.AddRange(decisions.Extensions);
            }
            else if (content.TryGetValue(item.Id, out var decision))
            {
                entries.Add(decision);
            }
            else if (item.Structural && StructurePresent(plan, item.Id))
            {
                entries.Add(StructureDecision(item, StructurePresent(disclosed, item.Id)));
            }
        }

        var report = new DisclosureReport
        {
            PlanId = plan.Id,
            Sender = request.Sender,
            SenderEstablishment = decisions.SenderEstablishment,
            Recipient = request.Recipient,
            Purpose = request.Purpose,
            Date = request.Date,
            PolicyName = Policy.Name,
            PolicyVersion = Policy.Version,
            Entries = entries.ToValueList(),
        };
        return new DisclosureResult
        {
            DisclosedPlan = disclosed,
            Report = report,
            Preview = FamilyPreviewBuilder.Build(report),
            ProvisionRecord = ProvisionRecordFor(request, report),
        };
    }

    /// <summary>
    /// The decisions on a request's items, without the disclosed plan, the report around them, the preview or the
    /// records: what <see cref="Decide"/> starts from, and all a validator needs to decide a received report again.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The content items present, in catalogue order, and the extensions, in plan order.</returns>
    internal ItemDecisions DecideItems(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new Context(this, request);
        var plan = request.Plan;
        var content = new List<ItemDecision>();
        var items = PlanItemCatalog.All;
        var presence = PlanRedactor.ContentPresence;
        for (var i = 0; i < items.Count; i++)
        {
            if (presence[i] is { } present && present(plan))
            {
                content.Add(context.Decide(items[i], items[i].Pointers[0]));
            }
        }

        var extensions = new List<ItemDecision>(plan.Extensions.Count);
        for (var i = 0; i < plan.Extensions.Count; i++)
        {
            var extension = plan.Extensions[i];
            extensions.Add(context.Decide(ExtensionItem(extension), "/extensions/" + i) with { LabelJa = extension.Label ?? extension.Namespace, LabelEn = extension.Namespace });
        }

        return new ItemDecisions(content, extensions, context.Establishment);
    }

    /// <summary>
    /// Whether the sender owes an APPI Art 29 provision record for these decisions, as <see cref="Decide"/> would
    /// make one: a duty row for the sender's establishment and the recipient's kind, and an item that went on consent.
    /// </summary>
    /// <param name="decisions">The decisions, from <see cref="DecideItems"/>.</param>
    /// <param name="recipientKind">The recipient's kind.</param>
    /// <returns>True when a record is due.</returns>
    internal bool ProvisionRecordDue(ItemDecisions decisions, RecipientKind recipientKind) =>
        DutyFor(Policy.ProvisionRecordDuties, decisions.SenderEstablishment, recipientKind) is not null
        && (decisions.Content.Any(d => d.Outcome == ItemOutcome.DisclosedOnConsent) || decisions.Extensions.Any(d => d.Outcome == ItemOutcome.DisclosedOnConsent));

    /// <summary>Whether the policy defines an article.</summary>
    /// <param name="articleId">The article's id.</param>
    /// <returns>True when the policy has it.</returns>
    internal bool DefinesArticle(string articleId) => _articles.ContainsKey(articleId);

    /// <inheritdoc />
    public ConfirmationRecord? Confirm(DisclosureReport report, Recipient recipient, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(recipient);
        if (RecordBasis(Policy.ConfirmationRecordDuties, report, recipient.Kind) is not var (duty, items, consentIds))
        {
            return null;
        }

        return new ConfirmationRecord
        {
            ArticleId = duty.ArticleId,
            ConfirmedOn = receivedOn,
            ProviderName = ProviderName(report.Sender),
            ProviderAddress = report.Sender.Address,
            HowObtained = $"提供元の学校が支援のために本人・保護者から取得した情報を、本人・保護者の同意（{string.Join("、", consentIds)}）に基づき提供",
            Subject = report.PlanId.ToString(),
            PlanId = report.PlanId,
            Items = items,
            ConsentIds = consentIds,
            KeepUntil = receivedOn.AddYears(duty.RetentionYears),
        };
    }

    private ProvisionRecord? ProvisionRecordFor(DisclosureRequest request, DisclosureReport report)
    {
        if (RecordBasis(Policy.ProvisionRecordDuties, report, request.Recipient.Kind) is not var (duty, items, consentIds))
        {
            return null;
        }

        return new ProvisionRecord
        {
            ArticleId = duty.ArticleId,
            ProvidedOn = request.Date,
            ProviderName = ProviderName(request.Sender),
            RecipientName = request.Recipient.Name ?? RecipientKinds.JapaneseName(request.Recipient.Kind),
            RecipientAddress = request.Recipient.Address,
            RecipientKind = request.Recipient.Kind,
            Subject = request.Plan.CommonSheet?.Student?.Name?.Name ?? request.Plan.Id.ToString(),
            PlanId = request.Plan.Id,
            Items = items,
            ConsentIds = consentIds,
            KeepUntil = request.Date.AddYears(duty.RetentionYears),
        };
    }

    /// <summary>
    /// What an Art 29 or Art 30 record rests on: the duty row for the sender's establishment and the recipient's
    /// kind, and the items that went on consent with their consent records; <see langword="null"/> when no record is
    /// due (no duty, or nothing went on consent — an exception or a public recipient needs none).
    /// </summary>
    private static (RecordDutyRule Duty, ValueList<string> Items, ValueList<string> ConsentIds)? RecordBasis(
        IEnumerable<RecordDutyRule> rules, DisclosureReport report, RecipientKind kind)
    {
        var duty = DutyFor(rules, report.SenderEstablishment, kind);
        var onConsent = report.Entries.Where(x => x.Outcome == ItemOutcome.DisclosedOnConsent).ToList();
        if (duty is null || onConsent.Count == 0)
        {
            return null;
        }

        return (duty,
            onConsent.Select(x => x.LabelJa).ToValueList(),
            onConsent.SelectMany(x => x.ConsentIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToValueList());
    }

    /// <summary>The duty row for a sender's establishment and a recipient's kind, if any.</summary>
    private static RecordDutyRule? DutyFor(IEnumerable<RecordDutyRule> rules, Establishment? establishment, RecipientKind kind) =>
        establishment is { } e ? rules.FirstOrDefault(r => r.SenderEstablishments.Contains(e) && r.RecipientKinds.Contains(kind)) : null;

    private static string ProviderName(Sender sender) => sender.Name ?? sender.SchoolCode?.ToString() ?? "(提供元不明)";

    private static PlanItem ExtensionItem(RegionalExtension extension)
    {
        var item = PlanItemCatalog.Find("extensions")!;
        return item with { Classes = item.Classes.With(extension.DataClass) };
    }

    /// <summary>Whether a plan holds the structure a structural item stands for (its container exists).</summary>
    internal static bool StructurePresent(StudentSupportPlan plan, string itemId) => itemId switch
    {
        "plan.id" => true,
        "common.authorship" => plan.CommonSheet is not null,
        "grade.year" => !plan.GradeSheets.IsEmpty,
        "grade.a.authorship" => plan.GradeSheets.Any(g => g.SheetA is not null),
        "grade.b.authorship" => plan.GradeSheets.Any(g => g.SheetB is not null),
        "conference.record" => !plan.CaseConferences.IsEmpty,
        "gifu.authorship" => plan.GifuForms is not null,
        _ => throw new InvalidOperationException($"No structure rule for item '{itemId}'."),
    };

    private static ItemDecision StructureDecision(PlanItem item, bool disclosed) => new()
    {
        ItemId = item.Id,
        Pointer = item.Pointers[0],
        Section = item.Section,
        LabelJa = item.LabelJa,
        LabelEn = item.LabelEn,
        Outcome = disclosed ? ItemOutcome.DisclosedAsStructure : ItemOutcome.Withheld,
        Reason = disclosed ? null : WithholdReason.NothingElseDisclosed,
    };

    /// <summary>What one request needs to decide each item.</summary>
    private sealed class Context
    {
        private readonly DisclosureEngine _engine;
        private readonly DisclosureRequest _request;
        private readonly ConsentEvaluator _consents;
        private readonly ExceptionRule? _rule;
        private readonly bool _claimValid;
        private readonly bool _councilMissing;
        private readonly bool _confidentialityUnchecked;
        private readonly FamilyRule? _familyRule;

        public Context(DisclosureEngine engine, DisclosureRequest request)
        {
            _engine = engine;
            _request = request;
            Establishment = request.Sender.Establishment();
            var kind = request.Recipient.Kind;
            var policy = engine.Policy;
            _consents = new ConsentEvaluator(request.Plan.Consents, request.Recipient, request.Purpose, request.Date);
            if (Establishment is { } e)
            {
                _familyRule = policy.FamilyRules.FirstOrDefault(r => r.SenderEstablishments.Contains(e));
                _rule = policy.ConsentOnlyRecipients.Contains(kind)
                    ? null
                    : policy.Exceptions.FirstOrDefault(r => r.SenderEstablishments.Contains(e) && r.RecipientKinds.Contains(kind) && r.Purposes.Contains(request.Purpose));
            }

            _claimValid = _rule is not null && ClaimValid(request, _rule);
            // Art 129 is a local government's procedure: the switch concerns public senders only.
            _councilMissing = Establishment == Model.Identifiers.Establishment.Public
                && policy.CouncilConsultationRequiredFor.Contains(kind) && !HasProcedure(ProcedureKind.CouncilConsultation);
            _confidentialityUnchecked = kind == RecipientKind.PrivateFacility && request.Recipient.ConfidentialityDuty is null
                && !HasProcedure(ProcedureKind.ConfidentialityDutyExplained);
        }

        public Establishment? Establishment { get; }

        public ItemDecision Decide(PlanItem item, string pointer)
        {
            if (_request.Recipient.Kind == RecipientKind.Family)
            {
                return _familyRule is null
                    ? Entry(item, pointer, ItemOutcome.Withheld, reason: WithholdReason.NoLegalBasis)
                    : Entry(item, pointer, ItemOutcome.DisclosedToFamily, ruleId: _familyRule.Id, articleId: _familyRule.ArticleId);
            }

            var state = _consents.Evaluate(item);
            if (state.Granted)
            {
                var consentIds = state.ConsentIds;
                return _confidentialityUnchecked
                    ? Entry(item, pointer, ItemOutcome.Blocked, WithholdReason.ProcedureMissing, consentIds, recordedReason: "民間施設の守秘義務の確認と本人・保護者への説明が記録されていません / the facility's confidentiality duty has not been checked and explained")
                    : Entry(item, pointer, ItemOutcome.DisclosedOnConsent, consentIds: consentIds, articleId: ConsentArticle());
            }

            var inRange = _engine._range.Contains(item.Id);
            if (_rule is not null && _claimValid && inRange && (!item.IsSpecialCare || _rule.CoversSpecialCare))
            {
                return _councilMissing
                    ? Entry(item, pointer, ItemOutcome.Blocked, WithholdReason.ProcedureMissing, ruleId: _rule.Id, recordedReason: "審議会への諮問が記録されていません / the council consultation is not recorded", articleId: _engine.Policy.CouncilConsultationArticleId)
                    : Entry(item, pointer, ItemOutcome.DisclosedUnderException, ruleId: _rule.Id, recordedReason: _request.Exception!.Reason, articleId: _rule.ArticleId);
            }

            var reason = state.Reason == WithholdReason.NoConsent && _rule is not null && _claimValid && !inRange
                ? WithholdReason.OutsideIndispensableRange
                : state.Reason;
            return Entry(item, pointer, ItemOutcome.Withheld, reason, state.ConsentIds);
        }

        /// <summary>
        /// One item's decision, built once (not by successive <c>with</c> copies: a decision is made for every item of
        /// every disclosure), citing <paramref name="articleId"/> when the policy defines it.
        /// </summary>
        private ItemDecision Entry(PlanItem item, string pointer, ItemOutcome outcome, WithholdReason? reason = null, ValueList<string>? consentIds = null,
            string? ruleId = null, string? recordedReason = null, string? articleId = null)
        {
            var article = articleId is not null && _engine._articles.TryGetValue(articleId, out var found) ? found : null;
            return new ItemDecision
            {
                ItemId = item.Id,
                Pointer = pointer,
                Section = item.Section,
                LabelJa = item.LabelJa,
                LabelEn = item.LabelEn,
                SpecialCare = item.IsSpecialCare,
                Outcome = outcome,
                Reason = reason,
                ConsentIds = consentIds ?? ValueList<string>.Empty,
                ArticleId = article?.Id,
                CitationJa = article?.CitationJa,
                CitationEn = article?.CitationEn,
                RuleId = ruleId,
                RecordedReason = recordedReason,
            };
        }

        private string? ConsentArticle() => Establishment switch
        {
            Model.Identifiers.Establishment.Public => "appi-69-2-i",
            null => null,
            _ => "appi-27-1",
        };

        private bool HasProcedure(ProcedureKind kind) => _request.Procedures.Any(p => p.Kind == kind);

        private static bool ClaimValid(DisclosureRequest request, ExceptionRule rule)
        {
            if (request.Exception is not { } claim || string.IsNullOrWhiteSpace(claim.Reason))
            {
                return false;
            }

            var effort = !string.IsNullOrWhiteSpace(claim.ConsentEffort)
                || request.Plan.Consents.Any(c => c.Decision == ConsentDecision.Unreachable && !c.ContactAttempts.IsEmpty
                    && c.Purpose == request.Purpose && request.Recipient.IsCoveredBy(c.Recipient));
            return effort && (!rule.RequiresHarmAssessment || claim.HarmAssessed);
        }
    }
}
