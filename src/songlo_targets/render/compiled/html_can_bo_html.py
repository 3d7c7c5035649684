# Compiled by jinja2 from songlo_targets/templates/can-bo.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'can-bo.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_M = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'can-bo.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_M = context.vars['M'] = environment.get_template('_macros.html.j2', 'can-bo.html.j2')._get_default_module(context)
    context.exported_vars.discard('M')
    yield from parent_template.root_render_func(context)

def block_sheet_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield ' landscape'

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Tổng hợp kết quả đánh giá cán bộ bằng sản phẩm: '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'record'), 'name')))

def block_doc_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Tổng hợp kết quả đánh giá cán bộ bằng sản phẩm<br>đồng chí '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'record'), 'name')))

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    pass
    yield '<p>Căn cứ kết quả thực hiện các sản phẩm được giao và kết quả đánh giá, xếp loại theo từng năm, từng quý đến ngày '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ', '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))
    yield ' tổng hợp kết quả đánh giá đồng chí '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'record'), 'name')))
    yield ' bằng sản phẩm qua các chức vụ đã đảm nhiệm như sau:</p>\n\n<h2>I. QUÁ TRÌNH CÔNG TÁC</h2>\n'
    l_1_loop = missing
    t_3 = 1
    for l_1_line, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'positions'), undefined):
        _loop_vars = {}
        pass
        yield '<p>- '
        yield escape(environment.finalize(l_1_line))
        yield escape(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
        yield '</p>\n'
        t_3 = 0
    l_1_loop = l_1_line = missing
    if t_3:
        pass
        yield '<p>Chưa ghi chức vụ nào.</p>\n'
    yield '\n<h2>II. KẾT QUẢ THỰC HIỆN SẢN PHẨM VÀ XẾP LOẠI</h2>\n<table>\n<thead><tr><th class="stt">STT</th>'
    l_1_loop = missing
    for l_1_h, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'headers'), undefined):
        _loop_vars = {}
        pass
        yield '<th'
        if (environment.getattr(l_1_loop, 'index') == 2):
            pass
            yield ' class="name"'
        elif (environment.getattr(l_1_loop, 'index') > 9):
            pass
            yield ' class="rating"'
        yield '>'
        yield escape(environment.finalize(l_1_h))
        yield '</th>'
    l_1_loop = l_1_h = missing
    yield '</tr></thead>\n<tbody>\n'
    l_1_loop = missing
    t_4 = 1
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rows'), undefined):
        _loop_vars = {}
        pass
        yield '<tr><td class="c">'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '</td>'
        l_2_loop = missing
        for l_2_cell, l_2_loop in LoopContext(l_1_row, undefined):
            _loop_vars = {}
            pass
            yield '<td'
            if (2 < environment.getattr(l_2_loop, 'index') < 9):
                pass
                yield ' class="n"'
            yield '>'
            yield escape(environment.finalize(l_2_cell))
            yield '</td>'
        l_2_loop = l_2_cell = missing
        yield '</tr>\n'
        t_4 = 0
    l_1_loop = l_1_row = missing
    if t_4:
        pass
        yield '<tr><td colspan="'
        yield escape(environment.finalize((t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'headers')) + 1)))
        yield '">Chưa có kỳ đánh giá nào trong các chức vụ trên.</td></tr>\n'
    yield '</tbody>\n</table>\n<p class="note"><i>Sản phẩm của một chức vụ được tính cho người giữ chức vụ vào ngày hoàn thành (chưa hoàn thành: ngày đến hạn); xếp loại của một kỳ thuộc về người giữ chức vụ vào ngày cuối kỳ. Điểm có dấu * là chỉ có điểm kết quả nhiệm vụ.</i></p>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'notes'):
        pass
        yield '<h2>III. THAY ĐỔI NGƯỜI GIỮ CHỨC VỤ TRONG KỲ</h2>\n'
        l_1_loop = missing
        for l_1_line, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'notes'), undefined):
            _loop_vars = {}
            pass
            yield '<p>- '
            yield escape(environment.finalize(l_1_line))
            yield escape(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
            yield '</p>\n'
        l_1_loop = l_1_line = missing

def block_signature(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_M = resolve('M')
    l_0_r = resolve('r')
    pass
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'signature'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), _block_vars=_block_vars)))

blocks = {'sheet_class': block_sheet_class, 'title': block_title, 'doc_title': block_doc_title, 'content': block_content, 'signature': block_signature}
debug_info = '1=13&2=16&4=20&5=30&6=42&7=54&8=76&11=84&17=98&19=115&20=119&22=139&27=142&29=146&33=155'
