using System.Buffers.Binary;
using System.Text;
using SupportPlan.Interop.Rendering;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Model.Consent;

namespace SupportPlan.Interop.Tests.Rendering;

/// <summary>
/// What a real browser makes of a rendered package with withheld items: headless Chromium parses and lays it out, prints
/// it to PDF and takes a screenshot. The files are kept as test artifacts in the test output directory:
/// <c>tests/SupportPlan.Interop.Tests/bin/&lt;Configuration&gt;/net10.0/TestResults/artifacts/render-package.{html,png,pdf}</c>.
/// Chromium is required: without it these tests fail and say what to install (.ci/run installs it).
/// </summary>
public sealed class BrowserRenderingTests
{
    /// <summary>Where the artifacts go: TestResults/artifacts under the test output directory.</summary>
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The autism-transition plan handed over to the private school: the family refused the diagnosis and the certificate.</summary>
    private static Sample Sample =>
        SamplePackages.All.First(s => s.Scenario == "autism-transition" && s.Package.Recipient.Kind == RecipientKind.PrivateSchool);

    [Fact]
    public void The_browser_shows_the_sheets_the_child_and_each_withheld_item_with_its_reason()
    {
        var page = WritePage("render-package.html");

        var dom = Chromium.Run("--dump-dom", new Uri(page).AbsoluteUri);

        Assert.Contains("<html lang=\"ja\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        foreach (var heading in (string[])["引継ぎファイル", "児童生徒理解・支援シート(共通シート)", "児童生徒理解・支援シート(学年別 Aシート)", "児童生徒理解・支援シート(学年別 Bシート)", "児童生徒理解・支援シート(協議シート)"])
        {
            Assert.Contains(heading, dom, StringComparison.Ordinal);
        }

        Assert.Contains(Sample.Package.Plan.CommonSheet!.Student!.Name!.Name, dom, StringComparison.Ordinal);
        Assert.Contains("診断名", dom, StringComparison.Ordinal);
        Assert.Contains("開示しない（本人・保護者が同意しなかったため）", dom, StringComparison.Ordinal);
        foreach (var entry in Sample.Package.Report.Entries.Where(WithheldItems.IsHeldBack))
        {
            Assert.Contains(WithheldItems.Marker(entry), dom, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_screenshot_is_an_a4_sized_png_with_content_and_japanese_glyphs_are_drawn()
    {
        var page = WritePage("render-package.html");
        var screenshot = Path.Combine(Artifacts, "render-package.png");
        File.Delete(screenshot);

        Chromium.Run("--screenshot=" + screenshot, "--window-size=1240,1754", new Uri(page).AbsoluteUri);

        var png = File.ReadAllBytes(screenshot);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(1240, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(1754, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        // A blank page of this size compresses to about 10 KB; the cover page with its tables is far larger.
        var blank = Screenshot("render-blank", "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\" /></head><body></body></html>", 1240, 1754);
        Assert.True(png.Length > 4 * blank.Length, $"the screenshot ({png.Length} bytes) looks blank (an empty page is {blank.Length} bytes)");

        // Without a Japanese font every kanji is drawn as the same empty box, so these two lines would give the same
        // image; with one they differ. CI installs fonts-noto-cjk.
        var distinct = Screenshot("render-glyphs-distinct", Line("児童生徒理解支援"), 480, 80);
        var repeated = Screenshot("render-glyphs-repeated", Line("口口口口口口口口"), 480, 80);
        Assert.False(distinct.AsSpan().SequenceEqual(repeated), "Japanese text is drawn as boxes: install a Japanese font (apt-get install fonts-noto-cjk)");
    }

    [Fact]
    public void Printed_to_pdf_every_sheet_starts_a_new_a4_page()
    {
        var page = WritePage("render-package.html");
        var pdf = Path.Combine(Artifacts, "render-package.pdf");
        File.Delete(pdf);

        Chromium.Run("--print-to-pdf=" + pdf, "--no-pdf-header-footer", new Uri(page).AbsoluteUri);

        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        var pages = System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page[^s]");
        var sheets = RenderedPage.Parse(File.ReadAllText(page)).Sheets.Count;
        Assert.True(pages >= sheets, $"{pages} pages for {sheets} sheets");
        // A4 portrait: 210 × 297 mm, 595.3 × 841.9 points
        var boxes = System.Text.RegularExpressions.Regex.Matches(text, @"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]");
        Assert.Equal(pages, boxes.Count);
        Assert.All(boxes, box =>
        {
            Assert.InRange(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 596.5);
            Assert.InRange(double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
        });
    }

    private static string WritePage(string name)
    {
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, name);
        File.WriteAllText(path, new HtmlPlanRenderer().Render(Sample.Package), new UTF8Encoding(false));
        return path;
    }

    private static string Line(string text) =>
        $"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\" /></head><body style=\"margin:0;font-size:48px\">{text}</body></html>";

    private static byte[] Screenshot(string name, string html, int width, int height)
    {
        Directory.CreateDirectory(Artifacts);
        var page = Path.Combine(Artifacts, name + ".html");
        var png = Path.Combine(Artifacts, name + ".png");
        File.WriteAllText(page, html, new UTF8Encoding(false));
        File.Delete(png);
        Chromium.Run("--screenshot=" + png, $"--window-size={width},{height}", new Uri(page).AbsoluteUri);
        return File.ReadAllBytes(png);
    }
}
