using SupportPlan.Model.Checks;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Json;

namespace SupportPlan.Rules.Policy;

/// <summary>Checks a policy for consistency before it is used; an inconsistent policy is rejected with findings.</summary>
public static class DisclosurePolicyValidator
{
    /// <summary>Validates a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The findings; empty when the policy is consistent.</returns>
    public static IReadOnlyList<Finding> Validate(DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var findings = new List<Finding>();
        var articles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Articles.Count; i++)
        {
            var article = policy.Articles[i];
            var at = JsonPointer.Append("/articles", i);
            if (!articles.Add(article.Id))
            {
                findings.Add(PolicyFindings.DuplicateId.At(at + "/id", article.Id));
            }

            if (string.IsNullOrWhiteSpace(article.CitationJa) || string.IsNullOrWhiteSpace(article.SummaryJa) || string.IsNullOrWhiteSpace(article.CitationEn))
            {
                findings.Add(PolicyFindings.ArticleText.At(at, article.Id));
            }
        }

        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        void Rule(string id, string articleId, string at)
        {
            if (!ruleIds.Add(id))
            {
                findings.Add(PolicyFindings.DuplicateId.At(at + "/id", id));
            }

            if (!articles.Contains(articleId))
            {
                findings.Add(PolicyFindings.UnknownArticle.At(at + "/articleId", id, articleId));
            }
        }

        for (var i = 0; i < policy.Exceptions.Count; i++)
        {
            var rule = policy.Exceptions[i];
            var at = JsonPointer.Append("/exceptions", i);
            Rule(rule.Id, rule.ArticleId, at);
            Empty(rule.Id, rule.SenderEstablishments.Count, "senderEstablishments", at, findings);
            Empty(rule.Id, rule.RecipientKinds.Count, "recipientKinds", at, findings);
            Empty(rule.Id, rule.Purposes.Count, "purposes", at, findings);
            foreach (var kind in rule.RecipientKinds)
            {
                if (kind == RecipientKind.Family)
                {
                    findings.Add(PolicyFindings.ExceptionForFamily.At(at + "/recipientKinds", rule.Id));
                }
                else if (policy.ConsentOnlyRecipients.Contains(kind))
                {
                    findings.Add(PolicyFindings.ExceptionForConsentOnly.At(at + "/recipientKinds", rule.Id, kind));
                }
            }
        }

        for (var i = 0; i < policy.FamilyRules.Count; i++)
        {
            var rule = policy.FamilyRules[i];
            var at = JsonPointer.Append("/familyRules", i);
            Rule(rule.Id, rule.ArticleId, at);
            Empty(rule.Id, rule.SenderEstablishments.Count, "senderEstablishments", at, findings);
        }

        void Duties(IReadOnlyList<RecordDutyRule> rules, string name)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                var at = JsonPointer.Append("/" + name, i);
                Rule(rule.Id, rule.ArticleId, at);
                Empty(rule.Id, rule.SenderEstablishments.Count, "senderEstablishments", at, findings);
                Empty(rule.Id, rule.RecipientKinds.Count, "recipientKinds", at, findings);
                if (rule.RetentionYears < 1)
                {
                    findings.Add(PolicyFindings.RetentionYears.At(at + "/retentionYears", rule.Id, rule.RetentionYears));
                }
            }
        }

        Duties(policy.ProvisionRecordDuties, "provisionRecordDuties");
        Duties(policy.ConfirmationRecordDuties, "confirmationRecordDuties");

        for (var i = 0; i < policy.IndispensableRange.Count; i++)
        {
            if (PlanItemCatalog.Find(policy.IndispensableRange[i]) is null)
            {
                findings.Add(PolicyFindings.UnknownItem.At(JsonPointer.Append("/indispensableRange", i), policy.IndispensableRange[i]));
            }
        }

        if (policy.CouncilConsultationRequiredFor.Count > 0 && !articles.Contains(policy.CouncilConsultationArticleId))
        {
            findings.Add(PolicyFindings.UnknownArticle.At("/councilConsultationArticleId", "councilConsultation", policy.CouncilConsultationArticleId));
        }

        return findings;
    }

    private static void Empty(string id, int count, string member, string at, List<Finding> findings)
    {
        if (count == 0)
        {
            findings.Add(PolicyFindings.EmptyRule.At(at + "/" + member, id, member));
        }
    }
}
