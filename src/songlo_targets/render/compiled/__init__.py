"""The tool's own report templates compiled to Python by jinja2 (``make docs``); never edited.

Each module is used only while its template's source has the digest given here
(``songlo_targets.render.templates.CompiledLoader``).
"""

DIGESTS = {
    'html__change': '9579a43839ddd183884591e9508e127d',
    'html__macros_html': '51a2f9e1be584c1c41c0b8c3c6aa7cb9',
    'html__patterns_html': '522252f2963eb85150a177a019fc35ad',
    'html__unfinished': 'f792ad64be6febb40997f48d0a0524d3',
    'html_base_html': '338077f5275fd7d2b81d2a6771a0c02e',
    'html_can_bo_html': 'e6dfd11f92bd5dd8d0793f99f7c5e7ad',
    'html_danh_gia_html': 'eb62fe070f28ef858e06735b0be6f5cb',
    'html_don_vi_html': '4c9fd792d4d3bfadb247af24c2345d54',
    'html_index_html': '3978927f6971edd501aa7977e5a9bdb6',
    'html_quy_danh_gia_html': '86d445b1adcff09e701cf08cb338986d',
    'html_quy_tong_hop_html': '2aa962779126b93e24d9a7f14fba7aeb',
    'html_quyet_dinh_html': '02e138d1bbd7f968c4024a61a6822883',
    'html_tong_hop_html': 'dee6ff44bd82a335a7f4f613aa41dbde',
    'html_tong_hop_tinh_html': 'f0769184d2021bbdc478a4505c95aae5',
    'md__change': '9579a43839ddd183884591e9508e127d',
    'md__header_md': '8e9489dd84b66d3f7c34062cfc65bc65',
    'md__signature_md': '10267b22cbe2f99673580880abc13e22',
    'md__unfinished': 'f792ad64be6febb40997f48d0a0524d3',
    'md_danh_gia_md': 'fb08cc9ab783f172dd7f8084f268980e',
    'md_diff_md': '63fa92d4d00b464a5223467f694aa147',
    'md_don_vi_md': 'd8d5bc255d1b8a71e4c314d2e98cbec9',
    'md_quy_danh_gia_md': 'cb326bd928374ad997181faefdd39145',
    'md_quy_tong_hop_md': '726b8dff12e6b8cd60fcf4b47b97b022',
    'md_quyet_dinh_md': '14cef53e0018330fb8904881efd744cd',
    'md_tong_hop_md': '1d3aab2e516361882903e2e4b7407451',
    'md_tong_hop_tinh_md': '7d78a4f0f71ab9cff8d35e1678d5d1e6',
}
