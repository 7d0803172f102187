using Onboarding.Web.Documents;

namespace Onboarding.Tests.Documents;

/// <summary>Documents for the PDF layer's tests: the demo firm's header and footer around the content under test.</summary>
public static class SampleDocuments
{
    public const string Firm = "Northwind Digital";

    public const string Russian = "Исполнитель разрабатывает новый сайт юридической фирмы, переносит существующие материалы и настраивает каталог юристов. Любые дополнительные работы согласуются письменно через запрос на изменение: объём, сроки и стоимость.";

    public const string Korean = "수행사는 법률 사무소의 새 웹사이트를 설계하고 기존 콘텐츠를 이전하며 변호사 검색 기능을 구축합니다. 범위에 포함되지 않은 추가 작업은 변경 요청 절차에 따라 서면으로 승인받아야 합니다.";

    // 一, 工, 人, 大 and 日 share their glyphs with Kangxi radicals in Noto Sans CJK: the reason for UnambiguousFontFile.
    public const string Chinese = "乙方负责设计律师事务所的新网站，迁移现有内容，并建立律师检索目录。一切超出工作范围的额外工作，都必须通过变更请求流程以书面形式确认，包括工作量、项目人员、时间和费用。大部分工作日内完成。";

    public const string Mixed = "Подписи: Иван Петров, 김민준, 王伟 — office fit-out, affluent";

    /// <summary>The demo firm's logo as shipped (copied next to the tests from Onboarding.Web/Branding).</summary>
    public static byte[] Logo { get; } = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Branding", "firm-logo.png"));

    public static DocumentSpec Branded(Action<Document> content, string title = "Statement of work v2") =>
        Document.Create(title, d =>
        {
            d.Header(new FirmBranding(Firm, Logo), "Kestrel Legal LLP · Statement of work v2").Footer("Confidential");
            content(d);
        });

    public static DocumentSpec Multilingual() => Branded(d => d
        .Heading(1, "Statement of work")
        .Heading(2, "Summary (Russian)")
        .Paragraph(Russian)
        .Heading(2, "Summary (Korean)")
        .Paragraph(Korean)
        .Heading(2, "Summary (Chinese)")
        .Paragraph(Chinese)
        .Heading(2, "Signatories")
        .Paragraph(Mixed));

    /// <summary>A deliverables table of <paramref name="rows"/> rows named "Item 001"...</summary>
    public static Action<TableBuilder> Deliverables(int rows) => t =>
    {
        t.Column("Deliverable", 3).Column("Quantity", 1, CellAlign.Right).Column("Hours", 1, CellAlign.Right);
        for (var i = 1; i <= rows; i++) t.Row($"Item {i:000} landing page variant", $"{i % 7 + 1}", $"{i * 3}");
        t.Total("Total", "", $"{Enumerable.Range(1, rows).Sum(i => i * 3)}");
    };
}
