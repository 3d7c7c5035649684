# Compiled by jinja2 from songlo_targets/templates/quy-tong-hop.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quy-tong-hop.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_label = resolve('label')
    l_0_keys = resolve('keys')
    l_0_number = l_0_place_date = l_0_kind = l_0_doc_title = l_0_doc_sub = l_0_t = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_4 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    try:
        t_5 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_6 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_7 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_number = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'number_line')
    context.vars['number'] = l_0_number
    context.exported_vars.add('number')
    l_0_place_date = t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date'))
    context.vars['place_date'] = l_0_place_date
    context.exported_vars.add('place_date')
    l_0_kind = 'BÁO CÁO'
    context.vars['kind'] = l_0_kind
    context.exported_vars.add('kind')
    l_0_doc_title = str_join(('Kết quả thực hiện nhiệm vụ ', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'quarter_text'), ))
    context.vars['doc_title'] = l_0_doc_title
    context.exported_vars.add('doc_title')
    l_0_doc_sub = str_join(('(Số liệu tính đến ngày ', t_7(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of')), ')', ))
    context.vars['doc_sub'] = l_0_doc_sub
    context.exported_vars.add('doc_sub')
    template = environment.get_template('_header.md.j2', 'quy-tong-hop.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 't': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_0_t = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'totals')
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))
    yield ' tổng hợp kết quả thực hiện các sản phẩm của '
    yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'quarter_text')))
    yield ' (nhiệm vụ có thời hạn trong quý và các mốc tiến độ trong quý) của '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'units'))))
    yield ' cơ quan, đơn vị, địa phương đến ngày '
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ' như sau:\n\n## I. KẾT QUẢ CHUNG\n\nTổng số '
    yield str(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total')))
    yield ' sản phẩm'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped'):
        pass
        yield ' (không tính '
        yield str(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'dropped')))
        yield ' nhiệm vụ đã rút khỏi danh mục)'
    yield '; đã hoàn thành '
    yield str(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done')))
    yield ', đạt '
    yield str(environment.finalize((t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share')) if (not t_8(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))) else '0%')))
    yield '.\n\n| '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
    yield ' | Số lượng | Tỷ lệ |\n|:---|---:|---:|\n'
    for (l_1_b, l_1_n) in context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'buckets')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(t_2(l_1_n)))
        yield ' | '
        yield str(environment.finalize((t_3((l_1_n / environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))) if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total') else '')))
        yield ' |\n'
    l_1_b = l_1_n = missing
    yield '| **Tổng số** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))))
    yield '** | '
    yield str(environment.finalize(('100%' if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total') else '')))
    yield ' |\n\n## II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ\n\n| STT | Đơn vị | Tổng số |'
    for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket'):
        l_1_short = resolve('short')
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
        yield ' |'
    l_1_b = l_1_short = missing
    yield ' Tỷ lệ hoàn thành |\n|:---:|:---|---:|---:|---:|---:|---:|---:|\n'
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield '| **'
        yield str(environment.finalize(t_5(environment.getattr(l_1_loop, 'index'))))
        yield '** | **'
        yield str(environment.finalize(environment.getattr(l_1_g, 'name')))
        yield '** | **'
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_g, 'counts'), 'total'))))
        yield '** |'
        for (l_2_b, l_2_n) in context.call(environment.getattr(environment.getattr(l_1_g, 'counts'), 'buckets'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield ' **'
            yield str(environment.finalize(t_2(l_2_n)))
            yield '** |'
        l_2_b = l_2_n = missing
        yield ' **'
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_g, 'counts'), 'done_share'))))
        yield '** |\n'
        l_2_loop = missing
        for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_g, 'units'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_2_u, 'name')))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(environment.getattr(l_2_u, 'counts'), 'total'))))
            yield ' |'
            for (l_3_b, l_3_n) in context.call(environment.getattr(environment.getattr(l_2_u, 'counts'), 'buckets'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(t_2(l_3_n)))
                yield ' |'
            l_3_b = l_3_n = missing
            yield ' '
            yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done_share'))))
            yield ' |\n'
        l_2_loop = l_2_u = missing
    l_1_loop = l_1_g = missing
    yield '| | **Tổng cộng** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'total'))))
    yield '** |'
    for (l_1_b, l_1_n) in context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'buckets')):
        _loop_vars = {}
        pass
        yield ' **'
        yield str(environment.finalize(t_2(l_1_n)))
        yield '** |'
    l_1_b = l_1_n = missing
    yield ' **'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_share'))))
    yield '** |\n\n## III. SẢN PHẨM QUÁ HẠN ('
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'))))
    yield ')\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'):
        pass
        yield '| STT | Sản phẩm | Đơn vị | Thời hạn | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
        yield ' | Người giám sát |\n|:---:|:---|:---|:---:|:---|:---|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overdue'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield ' | '
            yield str(environment.finalize(t_7(environment.getattr(l_1_x, 'deadline'))))
            yield ' | '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_x, 'value_text')))
            yield ') | '
            yield str(environment.finalize((environment.getattr(l_1_x, 'supervisor') or '')))
            yield ' |\n'
        l_1_loop = l_1_x = missing
    else:
        pass
        yield 'Không có sản phẩm quá hạn.\n'
    yield '\n## IV. SẢN PHẨM ĐẾN HẠN '
    yield str(environment.finalize((t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_quarter_text')) if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_quarter_text') else 'QUÝ SAU')))
    yield ' ('
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_products'))))
    yield ')\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_products'):
        pass
        yield '| STT | Sản phẩm | Đơn vị | Thời hạn | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
        yield ' |\n|:---:|:---|:---|:---:|:---|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_products'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'unit_name')))
            yield ' | '
            yield str(environment.finalize(t_7(environment.getattr(l_1_x, 'deadline'))))
            yield ' | '
            yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'status', environment.getattr(environment.getattr(l_1_x, 'state'), 'status'), _loop_vars=_loop_vars)))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_x, 'value_text')))
            yield ') |\n'
        l_1_loop = l_1_x = missing
    elif environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'next_year_unassigned'):
        pass
        yield 'Chưa có chỉ tiêu, nhiệm vụ năm '
        yield str(environment.finalize((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year') + 1)))
        yield ' trong hồ sơ.\n'
    else:
        pass
        yield 'Không có sản phẩm đến hạn trong quý sau.\n'
    yield '\n'
    template = environment.get_template('_signature.md.j2', 'quy-tong-hop.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 't': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=63&2=66&3=69&4=72&5=75&6=78&7=84&8=87&12=95&14=107&16=109&17=113&19=121&23=125&25=135&26=139&27=156&28=160&31=179&33=191&35=193&36=196&38=199&39=203&45=222&47=226&48=229&50=232&51=236&53=249&54=252&59=258'
